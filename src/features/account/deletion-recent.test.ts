/**
 * Deleting one's account takes a recent sign-in, as setting a password does: an older session is
 * asked to sign in again, and a person with a second factor gives it in that sign-in before the
 * account can go; the sign-in brings them back to /account/delete.
 */
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { lastMailTo, signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { users } from "../../db/schema/index.js";
import { signedInAgo } from "./testing/signed-in-ago.js";
import { codeFor, giveApp } from "../two-factor/test-helpers.js";

const ctx = useTestContext();

const accountExists = async (id: string) =>
  (await ctx.database.db.select({ id: users.id }).from(users).where(eq(users.id, id))).length === 1;

describe("deleting one's account after a while", () => {
  it("asks a session older than 10 minutes to sign in again, and deletes nothing", async () => {
    const school = await createSchool(ctx.database.db);
    const parent = await signIn(ctx, school.parent.email);
    await signedInAgo(ctx, parent, 11);
    const page = await (await parent.get("/account/delete")).text();
    expect(page).toContain("binnen 10 minuten nadat u bent ingelogd");
    expect(page).toContain('href="/sign-in?next=%2Faccount%2Fdelete"');
    expect(page).not.toContain('name="email"');
    const response = await parent.post("/account/delete", { email: school.parent.email });
    expect(response.status).toBe(403);
    expect(await accountExists(school.parent.id)).toBe(true);
  });

  it("takes the second step of a person with an authenticator app again, then returns to the page", async () => {
    const school = await createSchool(ctx.database.db);
    const secret = await giveApp(ctx.database.db, school.teacher.id);
    const teacher = await signIn(ctx, school.teacher.email);
    await teacher.post("/sign-in/second-factor", { code: codeFor(secret) });
    expect((await teacher.get("/account/delete")).status).toBe(200);
    await signedInAgo(ctx, teacher, 11);
    expect((await teacher.post("/account/delete", { email: school.teacher.email })).status).toBe(403);

    await teacher.get("/sign-in?next=%2Faccount%2Fdelete");
    await teacher.post("/sign-in", { email: school.teacher.email });
    const token = (await lastMailTo(ctx, school.teacher.email))?.text.match(/token=([A-Za-z0-9_-]+)/)?.[1] ?? "";
    await teacher.post("/sign-in/link", { token });
    // The link alone is half a sign-in: the page and the deletion wait for the code.
    expect((await teacher.get("/account/delete")).headers.get("location")).toBe("/sign-in/second-factor");
    const early = await teacher.post("/account/delete", { email: school.teacher.email });
    expect(early.headers.get("location")).toBe("/sign-in/second-factor");
    expect(await accountExists(school.teacher.id)).toBe(true);

    const step = await teacher.post("/sign-in/second-factor", { code: codeFor(secret, 1) });
    expect(step.headers.get("location")).toBe("/account/delete");
    expect(await (await teacher.get("/account/delete")).text()).toContain('name="email"');
    const deleted = await teacher.post("/account/delete", { email: school.teacher.email });
    expect(deleted.headers.get("location")).toBe("/account-deleted");
    expect(await accountExists(school.teacher.id)).toBe(false);
  });
});
