import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { lastMailTo, signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { auditLog, recoveryCodes, users } from "../../db/schema/index.js";
import { codeFor, giveApp } from "./test-helpers.js";
import { replaceRecoveryCodes } from "./recovery-codes.js";

const ctx = useTestContext();

/** A teacher with an app, recovery codes and a session that has done the second step. */
async function teacherWithSecondFactor(school: Awaited<ReturnType<typeof createSchool>>) {
  const secret = await giveApp(ctx.database.db, school.teacher.id);
  await replaceRecoveryCodes(ctx.database.db, { userId: school.teacher.id, secretKey: ctx.config.SECRET_KEY });
  const session = await signIn(ctx, school.teacher.email);
  await session.post("/sign-in/second-factor", { code: codeFor(secret) });
  expect((await session.get("/home")).status).toBe(200);
  return session;
}

const secondFactorOf = async (userId: string) => ({
  app: (await ctx.database.db.select().from(users).where(eq(users.id, userId)))[0]?.totpSecret ?? null,
  codes: (await ctx.database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId))).length,
});

describe("resetting a staff member's second factor", () => {
  it("lets the school leader remove it, signs the person out, audits it and mails them", async () => {
    const school = await createSchool(ctx.database.db);
    const teacher = await teacherWithSecondFactor(school);
    const leader = await signIn(ctx, school.leader.email);
    const member = await (await leader.get(`/organisation/staff/${school.teacher.id}`)).text();
    expect(member).toContain("Tweestapsverificatie herstellen");

    const reset = await leader.post(`/organisation/staff/${school.teacher.id}/second-factor/reset`);
    expect(reset.status).toBe(303);
    expect(reset.headers.get("location")).toBe(`/organisation/staff/${school.teacher.id}`);
    expect(await secondFactorOf(school.teacher.id)).toEqual({ app: null, codes: 0 });
    expect((await teacher.get("/home")).headers.get("location")).toContain("/sign-in");

    const entries = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, "second_factor"), eq(auditLog.entityId, school.teacher.id))),
    );
    expect(entries).toMatchObject([{ action: "reset", userId: school.leader.id }]);
    const mail = await lastMailTo(ctx, school.teacher.email);
    expect(mail?.subject).toBe("Uw tweestapsverificatie voor Samen is weggehaald");
    expect(mail?.text).toContain(`Leider van ${school.org.name}`);

    // The next sign-in goes straight in, without a second step to give.
    const again = await signIn(ctx, school.teacher.email);
    expect((await again.get("/home")).status).toBe(200);
  });

  it("refuses someone who is not a school leader, and a school leader of another school, and changes nothing", async () => {
    const school = await createSchool(ctx.database.db);
    const other = await createSchool(ctx.database.db);
    await teacherWithSecondFactor(school);
    const before = await secondFactorOf(school.teacher.id);

    const parent = await signIn(ctx, school.parent.email);
    expect((await parent.post(`/organisation/staff/${school.teacher.id}/second-factor/reset`)).status).toBe(403);
    const stranger = await signIn(ctx, other.leader.email);
    expect(await (await stranger.get(`/organisation/staff/${school.teacher.id}`)).text()).not.toContain(
      "Tweestapsverificatie weghalen",
    );
    expect((await stranger.post(`/organisation/staff/${school.teacher.id}/second-factor/reset`)).status).toBe(404);
    expect(await secondFactorOf(school.teacher.id)).toEqual(before);
  });
});
