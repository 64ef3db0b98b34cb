/**
 * A posted body that cannot be read as the form it says it is (multipart without a boundary, or
 * broken) is answered 400 with the error page in the user's language, logged at warn at most and
 * without what was sent, and changes nothing.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loggedLines } from "../helpers/log-lines.js";
import { schoolSignedIn, TestClient, useTestContext } from "../helpers/app.js";
import { trainingRegistrations } from "../../src/db/schema/index.js";
import { trainingWith } from "../../src/features/trainings/testing/fixtures.js";

const { lines, logger } = loggedLines();
const ctx = useTestContext({}, { logger });

const NO_BOUNDARY = "multipart/form-data";
const BROKEN = "multipart/form-data; boundary=grens";
/** What a script sends: long enough that a random id in the log never contains it by chance ("abc" once did). */
const SENT = "onleesbare-inhoud-7f3q";

/** Posts `body` as the given type, with the CSRF token in the header as a script would send it. */
async function postUnreadable(client: TestClient, path: string, type = NO_BOUNDARY, body = SENT) {
  if (!client.cookies.has("samen_csrf")) await client.get("/sign-in");
  return client.send(path, {
    method: "POST",
    body,
    headers: { "content-type": type, "x-csrf-token": client.cookies.get("samen_csrf")!, origin: client.origin },
  });
}

function expectLoggedQuietly(since: number, secret: string) {
  const logged = lines.slice(since);
  expect(logged.filter((line) => Number(line.level) >= 50)).toEqual([]);
  expect(JSON.stringify(logged)).not.toContain(secret);
}

describe("a form body that cannot be read", () => {
  it("is refused with 400 and a clear page on a public form, and registers nobody", async () => {
    const { slug, sessionId } = await trainingWith(ctx, 5);
    const since = lines.length;
    const visitor = new TestClient(ctx.app);
    const response = await postUnreadable(visitor, `/trainings/${slug}/register`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Het formulier kon niet worden gelezen. Probeer het opnieuw.");
    const broken = await postUnreadable(
      visitor,
      `/trainings/${slug}/register`,
      BROKEN,
      '--grens\r\nContent-Disposition: form-data; name="email"\r\n\r\ngeheim@example.nl',
    );
    expect(broken.status).toBe(400);
    expect(
      await ctx.database.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.sessionId, sessionId)),
    ).toEqual([]);
    expectLoggedQuietly(since, "geheim@example.nl");
  });

  it("is refused with 400 on every kind of form, in the person's language", async () => {
    const { parent } = await schoolSignedIn(ctx);
    const since = lines.length;
    const paths = [
      "/messages",
      "/ideas",
      "/account",
      "/sign-in",
      "/panel/aanmelden",
      "/campagne/onderschrijven",
      "/discussions/conduct",
      "/discussions/groups",
    ];
    const statuses = [];
    for (const path of paths) statuses.push(`${path} ${(await postUnreadable(parent, path)).status}`);
    expect(statuses).toEqual(paths.map((path) => `${path} 400`));

    const english = new TestClient(ctx.app, { "accept-language": "en" });
    const response = await postUnreadable(english, "/sign-in");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("The form could not be read. Please try again.");
    expectLoggedQuietly(since, SENT);
  });
});
