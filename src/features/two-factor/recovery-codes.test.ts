import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { recoveryCodes } from "../../db/schema/index.js";
import { codeFor, giveApp, secretOnPage } from "./test-helpers.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

const codesOn = (html: string) =>
  [...html.matchAll(/<li><code>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})<\/code><\/li>/g)].map((m) => m[1]!);

/** A staff member who set up the app through the page; returns the codes shown to them. */
async function withAppAndCodes(email: string) {
  const client = await signIn(ctx, email);
  const secret = secretOnPage(await (await client.get("/account/two-factor")).text());
  await client.post("/account/two-factor/app", { code: codeFor(secret) });
  const codes = codesOn(await (await client.get("/account/two-factor")).text());
  return { client, codes };
}

/** Signs in by link, then gives a recovery code at the second step. */
async function signInWithCode(email: string, recoveryCode: string, client = new TestClient(ctx.app)) {
  await signIn(ctx, email, client);
  return { client, response: await client.post("/sign-in/second-factor/recovery", { recoveryCode }) };
}

describe("recovery codes", () => {
  it("are made when the app is set up, shown once, and stored only as keyed hashes", async () => {
    const school = await createSchool(ctx.database.db);
    const { client, codes } = await withAppAndCodes(school.leader.email);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const again = await (await client.get("/account/two-factor")).text();
    expect(codesOn(again)).toEqual([]);
    expect(again).toContain("U heeft nog 10 ongebruikte herstelcodes.");
    const stored = await ctx.database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, school.leader.id));
    expect(stored).toHaveLength(10);
    for (const code of codes) {
      expect(JSON.stringify(stored)).not.toContain(code);
      expect(JSON.stringify(stored)).not.toContain(code.replace(/-/g, ""));
    }
  });

  it("let someone who lost their app in once per code, and refuse a used code and another person's", async () => {
    const school = await createSchool(ctx.database.db);
    const { codes } = await withAppAndCodes(school.leader.email);
    const other = await withAppAndCodes(school.teacher.email);

    const page = await (await signIn(ctx, school.leader.email)).get("/sign-in/second-factor");
    expect(await page.text()).toContain("Met een herstelcode");

    const first = await signInWithCode(school.leader.email, codes[0]!.toUpperCase().replace(/-/g, " "));
    expect(first.response.status).toBe(303);
    expect(first.response.headers.get("location")).toBe("/account/two-factor");
    expect((await first.client.get("/home")).status).toBe(200);
    expect(await (await first.client.get("/account/two-factor")).text()).toContain("U heeft nog 9 ongebruikte");

    const reused = await signInWithCode(school.leader.email, codes[0]!);
    expect(reused.response.status).toBe(422);
    expect(await reused.response.text()).toContain("Deze herstelcode klopt niet, of is al gebruikt.");
    expect((await reused.client.get("/home")).headers.get("location")).toBe("/sign-in/second-factor");

    const foreign = await signInWithCode(school.leader.email, other.codes[0]!);
    expect(foreign.response.status).toBe(422);
    expect((await foreign.client.get("/home")).headers.get("location")).toBe("/sign-in/second-factor");
    // The other person's code was not spent by the attempt.
    expect((await signInWithCode(school.teacher.email, other.codes[0]!)).response.status).toBe(303);
  });

  it("are replaced all at once on demand: the old ones stop working", async () => {
    const school = await createSchool(ctx.database.db);
    const { client, codes } = await withAppAndCodes(school.leader.email);
    const made = await client.post("/account/two-factor/recovery-codes");
    expect(made.status).toBe(303);
    const fresh = codesOn(await (await client.get("/account/two-factor")).text());
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(codes[1]);
    expect((await signInWithCode(school.leader.email, codes[1]!)).response.status).toBe(422);
    expect((await signInWithCode(school.leader.email, fresh[1]!)).response.status).toBe(303);
  });

  it("explain a malformed code in the person's language, and are not offered to someone without a second factor", async () => {
    const school = await createSchool(ctx.database.db);
    await giveApp(ctx.database.db, school.leader.id);
    const english = new TestClient(ctx.app, { "accept-language": "en" });
    const { response } = await signInWithCode(school.leader.email, "abc", english);
    await expectRefused(response, ["Type a recovery code of 12 letters and digits."]);

    const none = await signIn(ctx, school.teacher.email);
    expect(await (await none.get("/account/two-factor")).text()).not.toContain("Herstelcodes");
    await none.post("/account/two-factor/recovery-codes");
    expect(
      await ctx.database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, school.teacher.id)),
    ).toEqual([]);
  });
});
