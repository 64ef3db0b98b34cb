import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { followMailedLink, lastMailTo, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";
import { signInTokens, sessions } from "../../db/schema/index.js";
import { hashToken } from "../../auth/tokens.js";
import { createSignInToken, INVITATION_LINK_DAYS } from "../../auth/sign-in-links.js";
import { authFeature } from "./feature.js";
import { MAX_FORM_BYTES } from "../../middleware/body-limit.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

describe("sign-in by e-mailed link", () => {
  it("mails a single-use link whose GET only shows a button and whose POST signs in", async () => {
    const user = await createUser(ctx.database.db, { name: "Marieke" });
    const client = new TestClient(ctx.app);
    const asked = await client.post("/sign-in", { email: user.email.toUpperCase() });
    expect(asked.status).toBe(200);
    const mail = await lastMailTo(ctx, user.email);
    expect(mail?.subject).toBe("Uw inloglink voor Samen");
    const token = mail!.text.match(/token=([A-Za-z0-9_-]+)/)![1]!;
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url

    const stored = await ctx.database.db.select().from(signInTokens).where(eq(signInTokens.userId, user.id));
    expect(stored[0]?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const page = await client.get(`/sign-in/link?token=${token}`);
    await expectPage(page, ['action="/sign-in/link"']);
    expect(await ctx.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);

    const signedIn = await client.post("/sign-in/link", { token });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("location")).toBe("/home");
    const home = await client.get("/home");
    expect(await home.text()).toContain("Welkom, Marieke");

    const again = await new TestClient(ctx.app).post("/sign-in/link", { token });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("Deze link werkt niet meer");
  });

  it("answers the same for unknown addresses and sends nothing", async () => {
    const client = new TestClient(ctx.app);
    const known = await createUser(ctx.database.db);
    const a = await (await client.post("/sign-in", { email: known.email })).text();
    const b = await (await client.post("/sign-in", { email: "niemand@example.nl" })).text();
    const strip = (html: string) => html.replace(/[^\s"]+@[^\s"<]+/g, "EMAIL").replace(/value="[^"]+"/g, "");
    expect(strip(a)).toBe(strip(b));
    expect(await lastMailTo(ctx, "niemand@example.nl")).toBeNull();
  });

  it("rejects an expired link", async () => {
    const user = await createUser(ctx.database.db);
    const client = new TestClient(ctx.app);
    await client.post("/sign-in", { email: user.email });
    const token = (await lastMailTo(ctx, user.email))!.text.match(/token=([A-Za-z0-9_-]+)/)![1]!;
    await ctx.database.db
      .update(signInTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(signInTokens.userId, user.id));
    expect((await client.post("/sign-in/link", { token })).status).toBe(400);
  });

  it("lets an invitation's week-long links work until the account first signs in, then no more", async () => {
    const user = await createUser(ctx.database.db);
    const first = await createSignInToken(ctx.database.db, user.id);
    const second = await createSignInToken(ctx.database.db, user.id);
    expect(second.lasts).toEqual({ key: "signIn.linkLasts.days", count: INVITATION_LINK_DAYS });
    expect((await new TestClient(ctx.app).post("/sign-in/link", { token: first.token })).status).toBe(303);
    const refused = await new TestClient(ctx.app).post("/sign-in/link", { token: second.token });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Deze link werkt niet meer");
    // A link made since then lasts ten minutes and signs in as ever.
    const later = await createSignInToken(ctx.database.db, user.id);
    expect(later.lasts.key).toBe("signIn.linkLasts.minutes");
    expect((await new TestClient(ctx.app).post("/sign-in/link", { token: later.token })).status).toBe(303);
  });

  it("shows a clear message in Dutch for a bad address and in English when asked", async () => {
    const nl = await new TestClient(ctx.app).post("/sign-in", { email: "geen-adres" });
    await expectRefused(nl, ["Vul een geldig e-mailadres in"]);
    const en = await new TestClient(ctx.app, { "accept-language": "en-GB,en;q=0.9" }).post("/sign-in", { email: "" });
    expect(await en.text()).toContain("Please fill in this field.");
  });

  it("limits link requests per address", async () => {
    const user = await createUser(ctx.database.db);
    const client = new TestClient(ctx.app);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await client.post("/sign-in", { email: user.email })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
  });

  it("locks out the machine that floods an address, not the person on their own device, and says when to retry", async () => {
    const user = await createUser(ctx.database.db);
    const attacker = new TestClient(ctx.app, {}, "203.0.113.7");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attacker.post("/sign-in", { email: user.email })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await attacker.post("/sign-in", { email: user.email });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);

    const own = new TestClient(ctx.app, {}, "198.51.100.23");
    const before = await lastMailTo(ctx, user.email);
    expect((await own.post("/sign-in", { email: user.email })).status).toBe(200);
    expect((await lastMailTo(ctx, user.email))?.id).not.toBe(before?.id);
    await followMailedLink(ctx, user.email, own);
    expect((await own.get("/home")).status).toBe(200);
  });

  it("counts an IPv6 network (/64) as one machine, and an IPv4 address written as IPv6 as itself", async () => {
    const user = await createUser(ctx.database.db);
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const machine = new TestClient(ctx.app, {}, `2001:db8:7:${i % 2 ? "a" : "0a"}::${i.toString(16)}`);
      statuses.push((await machine.post("/sign-in", { email: user.email })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const nextNetwork = new TestClient(ctx.app, {}, "2001:db8:7:b::1");
    expect((await nextNetwork.post("/sign-in", { email: user.email })).status).toBe(200);

    const other = await createUser(ctx.database.db);
    for (let i = 0; i < 5; i++)
      await new TestClient(ctx.app, {}, "203.0.113.77").post("/sign-in", { email: other.email });
    const mapped = new TestClient(ctx.app, {}, "::ffff:203.0.113.77");
    expect((await mapped.post("/sign-in", { email: other.email })).status).toBe(429);
  });

  it("limits one machine over many addresses", async () => {
    const machine = new TestClient(ctx.app, {}, "203.0.113.99");
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await machine.post("/sign-in", { email: `x${i}@example.nl` })).status);
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("refuses a form without the CSRF token and changes nothing", async () => {
    const user = await createUser(ctx.database.db);
    const client = new TestClient(ctx.app);
    const response = await client.post(
      "/sign-in",
      { email: user.email },
      { csrf: "forged-token-that-does-not-match-anything-at-all" },
    );
    expect(response.status).toBe(403);
    expect(await lastMailTo(ctx, user.email)).toBeNull();
  });

  it("refuses an oversized form unread, with the page that says it was too large, and changes nothing", async () => {
    const user = await createUser(ctx.database.db);
    const client = new TestClient(ctx.app);
    const response = await client.post("/sign-in", { email: user.email, padding: "x".repeat(MAX_FORM_BYTES) });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Wat u verstuurde is groter dan een formulier hier mag zijn");
    // A body that declares its length is judged by it, before a byte of it is read.
    const declared = await client.send("/sign-in", {
      method: "POST",
      body: new URLSearchParams({ email: user.email }),
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(MAX_FORM_BYTES + 1) },
    });
    expect(declared.status).toBe(413);
    expect(await lastMailTo(ctx, user.email)).toBeNull();
  });
});

describe("sessions", () => {
  it("gives a new session id at sign-in and signs out everywhere", async () => {
    const school = await createSchool(ctx.database.db);
    const phone = await signIn(ctx, school.leader.email);
    const laptop = await signIn(ctx, school.leader.email);
    expect(phone.cookies.get("samen_session")).not.toBe(laptop.cookies.get("samen_session"));
    await phone.post("/sign-out/everywhere");
    const response = await laptop.get("/home");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("/sign-in");
  });

  it("sets the session cookie HttpOnly and SameSite=Lax", async () => {
    const user = await createUser(ctx.database.db);
    const client = new TestClient(ctx.app);
    await client.post("/sign-in", { email: user.email });
    const token = (await lastMailTo(ctx, user.email))!.text.match(/token=([A-Za-z0-9_-]+)/)![1]!;
    const response = await client.post("/sign-in/link", { token });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("samen_session="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});

describe("password sign-in for staff", () => {
  it("lets staff set an argon2id password and sign in with it", async () => {
    const school = await createSchool(ctx.database.db);
    const client = await signIn(ctx, school.leader.email);
    expect((await client.post("/account/password", { password: "kort" })).status).toBe(422);
    expect((await client.post("/account/password", { password: "een lang genoeg wachtwoord" })).status).toBe(303);
    const fresh = new TestClient(ctx.app);
    const wrong = await fresh.post("/sign-in/password", { email: school.leader.email, password: "fout wachtwoord!!" });
    expect(wrong.status).toBe(422);
    const right = await fresh.post("/sign-in/password", {
      email: school.leader.email,
      password: "een lang genoeg wachtwoord",
    });
    expect(right.status).toBe(303);
  });

  it("does not let a parent set a password", async () => {
    const school = await createSchool(ctx.database.db);
    const client = await signIn(ctx, school.parent.email);
    expect((await client.post("/account/password", { password: "een lang genoeg wachtwoord" })).status).toBe(403);
  });
});

describe("cross-site requests", () => {
  it("refuses a form posted from another site even with a valid token", async () => {
    const user = await createUser(ctx.database.db);
    const client = new TestClient(ctx.app);
    const response = await client.post(
      "/sign-in",
      { email: user.email },
      { once: null, origin: "https://evil.example" },
    );
    expect(response.status).toBe(403);
    expect(await lastMailTo(ctx, user.email)).toBeNull();
  });
});

describe("retention", () => {
  it("runs the hourly deletion of expired sign-in data (src/auth/retention.ts) with the server", () => {
    expect(authFeature.jobs).toContainEqual(expect.objectContaining({ name: "auth-retention" }));
  });
});
