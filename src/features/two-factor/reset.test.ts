import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { lastMailTo, signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { auditLog, memberships, recoveryCodes, users } from "../../db/schema/index.js";
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

  it("leaves someone who also works at another school, or runs the platform, to a platform administrator", async () => {
    const school = await createSchool(ctx.database.db);
    const other = await createSchool(ctx.database.db);
    await teacherWithSecondFactor(school);
    const before = await secondFactorOf(school.teacher.id);
    const admin = await createUser(ctx.database.db, { isPlatformAdmin: true });
    await giveApp(ctx.database.db, admin.id);
    const adminBefore = await secondFactorOf(admin.id);
    // The other school's leader adds the teacher (an account that exists) and the administrator as staff.
    await withOrg(ctx.database.db, { orgId: other.orgId, userId: other.leader.id }, (tx) =>
      tx.insert(memberships).values([
        { orgId: other.orgId, userId: school.teacher.id, role: "office" },
        { orgId: other.orgId, userId: admin.id, role: "office" },
      ]),
    );

    for (const leaderEmail of [other.leader.email, school.leader.email]) {
      const leader = await signIn(ctx, leaderEmail);
      const page = await (await leader.get(`/organisation/staff/${school.teacher.id}`)).text();
      expect(page).toContain("Alleen een beheerder van Samen kan de tweestapsverificatie van Leraar herstellen.");
      expect(page).not.toContain("Tweestapsverificatie weghalen");
      const reset = await leader.post(`/organisation/staff/${school.teacher.id}/second-factor/reset`);
      expect(reset.status).toBe(403);
    }
    const otherLeader = await signIn(ctx, other.leader.email);
    expect((await otherLeader.post(`/organisation/staff/${admin.id}/second-factor/reset`)).status).toBe(403);
    expect(await secondFactorOf(school.teacher.id)).toEqual(before);
    expect(await secondFactorOf(admin.id)).toEqual(adminBefore);
    expect(await lastMailTo(ctx, admin.email)).toBeNull();

    // Staff of this school only: still the leader's to reset.
    const onlyHere = await signIn(ctx, other.leader.email);
    expect(await (await onlyHere.get(`/organisation/staff/${other.teacher.id}`)).text()).toContain(
      "Tweestapsverificatie weghalen",
    );
  });

  it("shows a leader only the person's place in the leader's own organisation, in Dutch and English", async () => {
    const school = await createSchool(ctx.database.db, { name: "Eigen School" });
    const other = await createSchool(ctx.database.db, { name: "Andere School" });
    // The teacher of this school is also coordinator and office staff of the other one.
    await withOrg(ctx.database.db, { orgId: other.orgId, userId: other.leader.id }, (tx) =>
      tx.insert(memberships).values([
        { orgId: other.orgId, userId: school.teacher.id, role: "coordinator" },
        { orgId: other.orgId, userId: school.teacher.id, role: "office" },
      ]),
    );
    const leader = await signIn(ctx, school.leader.email);
    const checked = (html: string) => [...html.matchAll(/value="(\w+)" checked/g)].map((m) => m[1]);

    const nl = await (await leader.get(`/organisation/staff/${school.teacher.id}`)).text();
    expect(checked(nl)).toEqual(["teacher"]);
    expect(nl).toContain("Alleen een beheerder van Samen kan de tweestapsverificatie van Leraar herstellen.");
    for (const outside of ["Andere School", "andere organisatie", "beheert Samen"]) expect(nl).not.toContain(outside);

    const en = await (await leader.get(`/organisation/staff/${school.teacher.id}`, { "accept-language": "en" })).text();
    expect(checked(en)).toEqual(["teacher"]);
    expect(en).toContain("Only a Samen administrator can reset Leraar&#39;s two-step verification.");
    for (const outside of ["Andere School", "another organisation", "runs Samen"]) expect(en).not.toContain(outside);
  });
});
