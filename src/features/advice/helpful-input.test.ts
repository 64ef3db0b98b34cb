/**
 * "Was this helpful?" is a public form answered before the session's middleware (and so before the
 * input cleaning that names an unreadable body): whatever a script posts to it, the reader gets a
 * page in their language, no count changes and nothing is logged as a server error.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createUser, unique } from "../../../tests/helpers/factories.js";
import { loggedLines } from "../../../tests/helpers/log-lines.js";
import { adviceItems } from "../../db/schema/index.js";
import { questionForm } from "./testing/fixtures.js";

const { lines, logger } = loggedLines();
const ctx = useTestContext({}, { logger });

async function publishedQuestion(): Promise<string> {
  const editor = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformEditor: true })).email);
  const slug = `invoer-${unique()}`;
  expect((await editor.post("/advice/manage", questionForm(slug))).status).toBe(303);
  return slug;
}

async function counts(slug: string) {
  const [row] = await ctx.database.db.select().from(adviceItems).where(eq(adviceItems.slug, slug));
  return [row!.helpfulYes, row!.helpfulNo];
}

/** A post of `body` as `type`, from a reader with their own address (so the rate limit never decides). */
function post(slug: string, type: string, body: string, language = "nl") {
  const reader = new TestClient(
    ctx.app,
    { "accept-language": language },
    `198.51.100.${Math.floor(Math.random() * 250)}`,
  );
  return reader.send(`/advice/faq/${slug}/helpful`, { method: "POST", body, headers: { "content-type": type } });
}

describe("'was this helpful?' with a body it cannot use", () => {
  it("answers a form it cannot read with 400 and the page that says so, counting nothing", async () => {
    const slug = await publishedQuestion();
    const since = lines.length;
    const broken = await post(
      slug,
      "multipart/form-data; boundary=grens",
      '--grens\r\nContent-Disposition: form-data; name="answer"\r\n\r\nyes',
    );
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain("Het formulier kon niet worden gelezen. Probeer het opnieuw.");
    const english = await post(slug, "multipart/form-data", "answer=yes", "en");
    expect(english.status).toBe(400);
    expect(await english.text()).toContain("The form could not be read. Please try again.");
    expect(await counts(slug)).toEqual([0, 0]);
    expect(lines.slice(since).filter((line) => Number(line.level) >= 50)).toEqual([]);
  });

  it("answers an answer that is neither yes nor no with 422 and the question's page asking for one, counting nothing", async () => {
    const slug = await publishedQuestion();
    const form = "application/x-www-form-urlencoded";
    for (const body of ["answer=misschien", "answer=%00", "", "answer[]=yes", `answer=${"y".repeat(100_000)}`]) {
      const response = await post(slug, form, body);
      expect(response.status, body.slice(0, 20)).toBe(422);
      const page = await response.text();
      expect(page).toContain("<h1>Hoe voeren we een goed gesprek met ouders?</h1>");
      expect(page).toContain("Kies Ja of Nee.");
      expect(page).toContain(`action="/advice/faq/${slug}/helpful"`);
    }
    const english = await post(slug, form, "answer=perhaps", "en");
    expect(english.status).toBe(422);
    expect(await english.text()).toContain("Choose Yes or No.");
    expect(await counts(slug)).toEqual([0, 0]);
  });
});
