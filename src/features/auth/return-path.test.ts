/**
 * Signing in returns to the page that asked for it: a guard's /sign-in?next=… and a "sign in
 * again" page lead back there after the link, the password or the second step, never to another
 * site.
 */
import { describe, expect, it } from "vitest";
import { lastMailTo, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { codeFor, giveApp } from "../two-factor/test-helpers.js";

const ctx = useTestContext();

/** Opens a page signed out and follows the guard to the sign-in page, as a browser would. */
async function sentToSignIn(path: string): Promise<TestClient> {
  const client = new TestClient(ctx.app);
  const guard = await client.get(path);
  expect(guard.status).toBe(303);
  const signInPage = guard.headers.get("location") ?? "";
  expect(signInPage).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
  expect((await client.get(signInPage)).status).toBe(200);
  return client;
}

/** Asks for a link and presses its button; answers where the browser is sent. */
async function linkLeadsTo(client: TestClient, email: string): Promise<string | null> {
  await client.post("/sign-in", { email });
  const token = (await lastMailTo(ctx, email))?.text.match(/token=([A-Za-z0-9_-]+)/)?.[1] ?? "";
  return (await client.post("/sign-in/link", { token })).headers.get("location");
}

describe("returning after sign-in", () => {
  it("brings a person sent to sign in from /account/delete back there after the link", async () => {
    const school = await createSchool(ctx.database.db);
    const client = await sentToSignIn("/account/delete");
    expect(await linkLeadsTo(client, school.parent.email)).toBe("/account/delete");
    expect((await client.get("/account/delete")).status).toBe(200);
  });

  it("goes back there after the password", async () => {
    const school = await createSchool(ctx.database.db);
    const setter = await signIn(ctx, school.leader.email);
    await setter.post("/account/password", { password: "een lang genoeg wachtwoord" });
    const client = await sentToSignIn("/account/delete");
    const response = await client.post("/sign-in/password", {
      email: school.leader.email,
      password: "een lang genoeg wachtwoord",
    });
    expect(response.headers.get("location")).toBe("/account/delete");
  });

  it("goes back there only after the second step, for a person with an authenticator app", async () => {
    const school = await createSchool(ctx.database.db);
    const secret = await giveApp(ctx.database.db, school.leader.id);
    const client = await sentToSignIn("/account/delete");
    await signIn(ctx, school.leader.email, client);
    expect((await client.get("/account/delete")).headers.get("location")).toBe("/sign-in/second-factor");
    const response = await client.post("/sign-in/second-factor", { code: codeFor(secret) });
    expect(response.headers.get("location")).toBe("/account/delete");
  });

  it("goes to /home when the path leads to another site, and forgets a path once used", async () => {
    const school = await createSchool(ctx.database.db);
    for (const next of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
      const client = new TestClient(ctx.app);
      await client.get(`/sign-in?next=${encodeURIComponent(next)}`);
      expect(await linkLeadsTo(client, school.teacher.email)).toBe("/home");
    }
    const client = await sentToSignIn("/account/delete");
    await signIn(ctx, school.teacher.email, client);
    await client.post("/sign-out");
    await client.get("/sign-in");
    expect(await linkLeadsTo(client, school.teacher.email)).toBe("/home");
  });
});
