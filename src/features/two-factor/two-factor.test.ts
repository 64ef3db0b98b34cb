import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { organisations, sessions, users } from "../../db/schema/index.js";
import { hashToken } from "../../auth/tokens.js";
import { openSecret } from "./secret-box.js";
import { codeFor, giveApp, secretOnPage, wrongCodeFor } from "./test-helpers.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

/** The app's secret as stored, opened with the key (it is never stored in plain text). */
async function storedSecret(userId: string) {
  const [row] = await ctx.database.db.select({ s: users.totpSecret }).from(users).where(eq(users.id, userId));
  return row?.s ? openSecret(row.s, ctx.config.SECRET_KEY) : null;
}

/** Signs in by link; the person then stands before the second step. */
async function signInHalfway(email: string): Promise<TestClient> {
  const client = await signIn(ctx, email);
  const home = await client.get("/home");
  expect(home.headers.get("location")).toBe("/sign-in/second-factor");
  return client;
}

describe("setting up the authenticator app", () => {
  it("shows the key and a QR code, saves nothing on a wrong code, and turns on with a real one", async () => {
    const school = await createSchool(ctx.database.db);
    const client = await signIn(ctx, school.leader.email);
    expect(await (await client.get("/account")).text()).toContain("Tweestapsverificatie staat uit.");

    const page = await client.get("/account/two-factor");
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("<svg");
    expect(html).toContain('aria-label="QR-code om te scannen met uw app"');
    const secret = secretOnPage(html);

    const wrongHtml = await expectRefused(
      await client.post("/account/two-factor/app", { code: wrongCodeFor(secret) }),
      ["Deze code klopt niet."],
    );
    expect(secretOnPage(wrongHtml)).toBe(secret);
    expect(await storedSecret(school.leader.id)).toBeNull();

    const right = await client.post("/account/two-factor/app", { code: codeFor(secret) });
    expect(right.status).toBe(303);
    expect(right.headers.get("location")).toBe("/account/two-factor");
    expect(await storedSecret(school.leader.id)).toBe(secret);
    const after = await (await client.get("/account/two-factor")).text();
    expect(after).toContain("Uw app met codes staat aan.");
    expect(after).toContain("Status: aan");
    expect(await (await client.get("/account")).text()).toContain("Tweestapsverificatie staat aan.");
  });

  it("turns the app off only with a right code", async () => {
    const school = await createSchool(ctx.database.db);
    const secret = await giveApp(ctx.database.db, school.leader.id);
    const client = await signInHalfway(school.leader.email);
    expect((await client.post("/sign-in/second-factor", { code: codeFor(secret) })).status).toBe(303);

    await expectRefused(await client.post("/account/two-factor/app/disable", { code: "12345" }), [
      "Typ de 6 cijfers uit uw app.",
    ]);
    expect(await storedSecret(school.leader.id)).toBe(secret);

    const right = await client.post("/account/two-factor/app/disable", { code: codeFor(secret, 1) });
    expect(right.status).toBe(303);
    expect(await storedSecret(school.leader.id)).toBeNull();
  });
});

describe("the second step at sign-in", () => {
  it("asks for the code, refuses a wrong one with 422, and gives a new session for the right one", async () => {
    const school = await createSchool(ctx.database.db);
    const secret = await giveApp(ctx.database.db, school.teacher.id);
    const client = await signInHalfway(school.teacher.email);
    const page = await client.get("/sign-in/second-factor");
    await expectPage(page, ["Code uit de app"]);
    expect((await client.get("/account")).headers.get("location")).toBe("/sign-in/second-factor");

    await expectRefused(await client.post("/sign-in/second-factor", { code: wrongCodeFor(secret) }), [
      "Deze code klopt niet. Typ de code die de app nu laat zien.",
    ]);

    const halfway = client.cookies.get("samen_session")!;
    const right = await client.post("/sign-in/second-factor", { code: codeFor(secret) });
    expect(right.status).toBe(303);
    expect(right.headers.get("location")).toBe("/home");
    expect(client.cookies.get("samen_session")).not.toBe(halfway);
    const old = await ctx.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.idHash, hashToken(halfway)));
    expect(old).toHaveLength(0);
    expect((await client.get("/home")).status).toBe(200);
  });

  it("does not take the same code twice", async () => {
    const school = await createSchool(ctx.database.db);
    const secret = await giveApp(ctx.database.db, school.leader.id);
    const code = codeFor(secret);
    const first = await signInHalfway(school.leader.email);
    expect((await first.post("/sign-in/second-factor", { code })).status).toBe(303);

    const second = await signInHalfway(school.leader.email);
    await expectRefused(await second.post("/sign-in/second-factor", { code }), ["Deze code is al gebruikt."]);
    expect((await second.get("/home")).headers.get("location")).toBe("/sign-in/second-factor");
  });

  it("stops after five tries, even for a right code", async () => {
    const school = await createSchool(ctx.database.db);
    const secret = await giveApp(ctx.database.db, school.leader.id);
    const client = await signInHalfway(school.leader.email);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await client.post("/sign-in/second-factor", { code: wrongCodeFor(secret) })).status);
    expect(statuses.every((s) => s === 422)).toBe(true);
    const blocked = await client.post("/sign-in/second-factor", { code: codeFor(secret) });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await blocked.text()).toContain("Te veel pogingen");
  });

  it("sends someone without a second factor straight on", async () => {
    const school = await createSchool(ctx.database.db);
    const client = await signIn(ctx, school.leader.email);
    expect((await client.get("/home")).status).toBe(200);
    expect((await client.get("/sign-in/second-factor")).headers.get("location")).toBe("/home");
  });
});

describe("an organisation that requires a second factor", () => {
  /** A new school whose leader has switched on "every staff member signs in with a second factor". */
  async function schoolRequiringSecondFactor() {
    const school = await createSchool(ctx.database.db);
    await ctx.database.db
      .update(organisations)
      .set({ requireSecondFactor: true })
      .where(eq(organisations.id, school.orgId));
    return school;
  }

  it("sends its staff to set one up first, says why, and lets them in once it is on", async () => {
    const school = await schoolRequiringSecondFactor();
    const client = await signIn(ctx, school.teacher.email);
    expect((await client.get("/home")).headers.get("location")).toBe("/account/two-factor");

    const html = await (await client.get("/account/two-factor")).text();
    expect(html).toContain("Stel eerst tweestapsverificatie in");
    expect(html).toContain(`${school.org.name} vraagt alle medewerkers om tweestapsverificatie.`);

    const done = await client.post("/account/two-factor/app", { code: codeFor(secretOnPage(html)) });
    // First the recovery codes made with the first second factor, shown once, then on to Samen.
    expect(done.headers.get("location")).toBe("/account/two-factor");
    expect(await (await client.get("/account/two-factor")).text()).toContain('href="/home"');
    expect((await client.get("/home")).status).toBe(200);
  });

  it("never asks a parent", async () => {
    const school = await schoolRequiringSecondFactor();
    const client = await signIn(ctx, school.parent.email);
    expect((await client.get("/home")).status).toBe(200);
    expect(await (await client.get("/account")).text()).not.toContain("Tweestapsverificatie");
    expect((await client.get("/account/two-factor")).status).toBe(403);
  });
});

describe("with SECRET_KEY set", () => {
  const keyed = useTestContext({ SECRET_KEY: "test-key-with-more-than-thirty-two-characters" });

  it("stores the app's secret encrypted and still checks codes", async () => {
    const school = await createSchool(keyed.database.db);
    const client = await signIn(keyed, school.leader.email);
    const secret = secretOnPage(await (await client.get("/account/two-factor")).text());
    expect((await client.post("/account/two-factor/app", { code: codeFor(secret) })).status).toBe(303);
    const [row] = await keyed.database.db.select().from(users).where(eq(users.id, school.leader.id));
    expect(row?.totpSecret).toMatch(/^enc:v1:/);
    expect(row?.totpSecret).not.toContain(secret);

    const again = await signIn(keyed, school.leader.email);
    expect((await again.post("/sign-in/second-factor", { code: codeFor(secret, 1) })).status).toBe(303);
  });
});
