/**
 * WCAG 2.2 SC 3.1.2, language of parts: a language choice names each language in itself, and the
 * name in the other language than the page's says so, as the header's language switch does, so a
 * screen reader says "Nederlands" in Dutch on an English page. The content kinds (news posts,
 * a school's own questionnaire items) are tested beside their features.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { leaderSignedIn, TestClient, useTestContext } from "../helpers/app.js";
import { users } from "../../src/db/schema/index.js";

const ctx = useTestContext();

/** The language choice's options as written, each from `<option` to its end. */
const languageOptions = (html: string) =>
  [...html.matchAll(/<option value="(?:nl|en)"[^>]*>(?:Nederlands|English)<\/option>/g)].map((m) =>
    m[0].replace(/ selected=""/, ""),
  );

describe("a language choice", () => {
  it("on the account page marks the language that is not the page's, in English and in Dutch", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const dutch = await (await leader.get("/account")).text();
    expect(languageOptions(dutch)).toEqual([
      '<option value="nl">Nederlands</option>',
      '<option value="en" lang="en">English</option>',
    ]);
    await ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.email, school.leader.email));
    const english = await (await leader.get("/account")).text();
    expect(english).toContain('<html lang="en"');
    expect(languageOptions(english)).toEqual([
      '<option value="nl" lang="nl">Nederlands</option>',
      '<option value="en">English</option>',
    ]);
  });

  it("on the parent panel's sign-up form, as on the account page", async () => {
    const english = await (await new TestClient(ctx.app, { "accept-language": "en" }).get("/panel")).text();
    expect(languageOptions(english)).toEqual([
      '<option value="nl" lang="nl">Nederlands</option>',
      '<option value="en">English</option>',
    ]);
    const dutch = await (await new TestClient(ctx.app).get("/panel")).text();
    expect(languageOptions(dutch)).toEqual([
      '<option value="nl">Nederlands</option>',
      '<option value="en" lang="en">English</option>',
    ]);
  });
});
