/**
 * Setting a password needs a recent sign-in (a session someone took over must not become a lasting
 * login); once set, the person's other sessions end and they are mailed about it.
 */
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { lastMailTo, signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { users } from "../../db/schema/index.js";
import { signedInAgo } from "./testing/signed-in-ago.js";

const ctx = useTestContext();

const signedIn = async (client: TestClient) => (await client.get("/account")).status === 200;
const passwordOf = async (id: string) =>
  (await ctx.database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)))[0]?.hash;

describe("setting a password", () => {
  it("asks a session that signed in more than 10 minutes ago to sign in again, and sets nothing", async () => {
    const school = await createSchool(ctx.database.db);
    const client = await signIn(ctx, school.leader.email);
    await signedInAgo(ctx, client, 11);
    const response = await client.post("/account/password", { password: "een lang genoeg wachtwoord" });
    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).toContain("Log eerst opnieuw in");
    expect(page).toContain('href="/sign-in?next=%2Faccount"');
    expect(await passwordOf(school.leader.id)).toBeNull();
  });

  it("after a fresh sign-in: sets it, ends the other sessions, keeps this one and mails the person", async () => {
    const school = await createSchool(ctx.database.db);
    const elsewhere = await signIn(ctx, school.teacher.email);
    const here = await signIn(ctx, school.teacher.email);
    const response = await here.post("/account/password", { password: "een lang genoeg wachtwoord" });
    expect(response.status).toBe(303);
    expect(await (await here.get("/account")).text()).toContain("andere apparaten uitgelogd");
    expect(await passwordOf(school.teacher.id)).not.toBeNull();
    expect(await signedIn(here)).toBe(true);
    expect(await signedIn(elsewhere)).toBe(false);
    const mail = await lastMailTo(ctx, school.teacher.email);
    expect(mail?.kind).toBe("account.security");
    expect(mail?.subject).toBe("Er is een wachtwoord ingesteld voor uw account bij Samen");
    expect(mail?.text).toContain("http://localhost:3000/sign-in");
  });
});
