/**
 * An account an invitation made for a new address is the person's data kept for nothing when the
 * invitation ends unanswered: withdrawn or expired, with no role, other invitation or guardian record
 * anywhere and never signed in, it goes with the invitation (migration 0058, docs/privacy.md).
 */
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import pino from "pino";
import {
  followMailedLink,
  jobDeps,
  signIn,
  testMailer,
  useTestContext,
  type TestClient,
} from "../../../tests/helpers/app.js";
import { createSchool, unique } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { staffInvitations, users } from "../../db/schema/index.js";
import { invitationSweepJob } from "./jobs.js";
import { accountIdOf, invitationsIn } from "./testing/roles.js";

const ctx = useTestContext();

const accountOf = (email: string) => accountIdOf(ctx.database.db, email);

/** A new school's leader, signed in, invites `email` as a teacher; the invitation's id. */
async function invite(email: string): Promise<{ orgId: string; leader: TestClient; invitationId: string }> {
  const school = await createSchool(ctx.database.db);
  const leader = await signIn(ctx, school.leader.email);
  const posted = await leader.post("/organisation/staff/invite", { name: "Nieuwe Collega", email, roles: "teacher" });
  expect(posted.status).toBe(303);
  const [invitation] = await invitationsIn(ctx.database.db, school.orgId);
  return { orgId: school.orgId, leader, invitationId: invitation!.id };
}

async function withdraw(invited: { leader: TestClient; invitationId: string }) {
  const withdrawn = await invited.leader.post(`/organisation/staff/invitations/${invited.invitationId}/withdraw`);
  expect(withdrawn.status).toBe(303);
}

/** Makes the organisation's invitations 31 days old, past their 30. */
async function ageInvitations(orgId: string) {
  const old = new Date(Date.now() - 31 * 24 * 3600 * 1000);
  await withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx.update(staffInvitations).set({ createdAt: old }).where(eq(staffInvitations.orgId, orgId)),
  );
}

/** The daily sweep's worker, as the job queue runs it. */
async function runSweep() {
  const deps = { ...jobDeps(ctx), mailer: testMailer(ctx.database.db), logger: pino({ level: "silent" }) };
  await invitationSweepJob.handle({}, { deps, owner: ctx.database });
}

describe("the account an unanswered invitation made", () => {
  it("goes when the invitation is withdrawn", async () => {
    const email = `nieuw-${unique()}@example.nl`;
    const invited = await invite(email);
    expect(await accountOf(email)).toBeDefined();
    await withdraw(invited);
    expect(await accountOf(email)).toBeUndefined();
  });

  it("stays while another organisation's invitation waits, and goes with the last", async () => {
    const email = `nieuw-${unique()}@example.nl`;
    const first = await invite(email);
    const second = await invite(email);
    await withdraw(first);
    expect(await accountOf(email)).toBeDefined();
    await withdraw(second);
    expect(await accountOf(email)).toBeUndefined();
  });

  it("stays for someone who has a role or a guardian record elsewhere", async () => {
    const elsewhere = await createSchool(ctx.database.db);
    for (const person of [elsewhere.teacher, elsewhere.parent]) {
      await withdraw(await invite(person.email));
      expect(await accountOf(person.email)).toBe(person.id);
    }
  });

  it("stays once the person signed in with it, though they did not answer", async () => {
    const email = `nieuw-${unique()}@example.nl`;
    const invited = await invite(email);
    await followMailedLink(ctx, email);
    await withdraw(invited);
    expect(await accountOf(email)).toBeDefined();
  });

  it("goes when the invitation expires, and the sweep run again changes nothing", async () => {
    const fresh = `nieuw-${unique()}@example.nl`;
    const elsewhere = await createSchool(ctx.database.db);
    const invited = await invite(fresh);
    const member = await invite(elsewhere.teacher.email);
    await ageInvitations(invited.orgId);
    await ageInvitations(member.orgId);
    await runSweep();
    expect(await accountOf(fresh)).toBeUndefined();
    expect(await accountOf(elsewhere.teacher.email)).toBe(elsewhere.teacher.id);
    await runSweep();
    expect(await accountOf(fresh)).toBeUndefined();
    expect(await accountOf(elsewhere.teacher.email)).toBe(elsewhere.teacher.id);
    expect(await invitationsIn(ctx.database.db, invited.orgId)).toEqual([]);
  });

  it("goes when the person declines on the visit they first signed in for, and they are told so", async () => {
    const email = `nieuw-${unique()}@example.nl`;
    const invited = await invite(email);
    const person = await followMailedLink(ctx, email);
    const declined = await person.post(`/invitations/${invited.invitationId}/decline`);
    expect(declined.headers.get("location")).toBe("/account-deleted");
    expect(await (await person.get("/account-deleted")).text()).toContain("Uw account is verwijderd");
    expect(await accountOf(email)).toBeUndefined();
    expect((await person.get("/home")).headers.get("location")).toMatch(/^\/sign-in/);
  });

  it("stays when declined by an account used before this visit, or with a place elsewhere", async () => {
    const email = `nieuw-${unique()}@example.nl`;
    const invited = await invite(email);
    await followMailedLink(ctx, email);
    const later = await signIn(ctx, email);
    await ctx.database.db
      .update(users)
      .set({ signedInAt: new Date(Date.now() - 3600_000) })
      .where(eq(users.email, email));
    expect((await later.post(`/invitations/${invited.invitationId}/decline`)).headers.get("location")).toBe(
      "/invitations",
    );
    expect(await accountOf(email)).toBeDefined();

    const elsewhere = await createSchool(ctx.database.db);
    const member = await invite(elsewhere.teacher.email);
    const teacher = await signIn(ctx, elsewhere.teacher.email);
    await teacher.post(`/invitations/${member.invitationId}/decline`);
    expect(await accountOf(elsewhere.teacher.email)).toBe(elsewhere.teacher.id);
  });
});
