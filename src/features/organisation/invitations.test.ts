import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { lastMailTo, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, createUser, unique } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { auditLog, staffInvitations, users } from "../../db/schema/index.js";
import { purgeExpiredInvitations } from "./invitations.js";
import { invitationFixtures } from "./testing/invite-across.js";

const ctx = useTestContext();

const { rolesOf, invitationsIn, inviteAcross } = invitationFixtures(ctx);

/** A new school's leader invites an existing account as advisor; the advisors page they then see. */
async function inviteAdvisor() {
  const b = await createSchool(ctx.database.db);
  const person = await createUser(ctx.database.db, { name: "Bestaand" });
  const leaderB = await signIn(ctx, b.leader.email);
  await leaderB.post("/organisation/advisors", { name: "Adviseur Typed", email: person.email });
  const advisors = await (await leaderB.get("/organisation/advisors")).text();
  return { b, person, leaderB, advisors };
}

describe("inviting someone who already has an account", () => {
  it("gives no role and shows only the typed name, marked as not yet accepted", async () => {
    const { a, b, leaderB } = await inviteAcross();
    expect(await rolesOf(b.orgId, a.teacher.id)).toEqual([]);
    const list = await (await leaderB.get("/organisation/staff")).text();
    expect(list).toContain("Typed By B");
    expect(list).toContain("Nog niet aanvaard");
    expect(list).not.toContain(a.teacher.name);
    // The staff member's page (and so the second-factor reset) is not theirs to open.
    expect((await leaderB.get(`/organisation/staff/${a.teacher.id}`)).status).toBe(404);
    const mail = await lastMailTo(ctx, a.teacher.email);
    expect(mail?.subject).toBe(`Uitnodiging voor ${b.org.name} in Samen`);
    expect(mail?.text).toContain("/invitations");
  });

  it("makes the person a member with the roles once they accept, and the invitation goes", async () => {
    const { a, b, leaderB, invitation } = await inviteAcross();
    const teacher = await signIn(ctx, a.teacher.email);
    const home = await (await teacher.get("/home")).text();
    expect(home).toContain(b.org.name);
    expect(home).toContain('href="/invitations"');
    const page = await (await teacher.get("/invitations")).text();
    expect(page).toContain(b.org.name);
    const accepted = await teacher.post(`/invitations/${invitation.id}/accept`);
    expect(accepted.status).toBe(303);
    expect(await rolesOf(b.orgId, a.teacher.id)).toEqual(["office"]);
    expect(await invitationsIn(b.orgId)).toEqual([]);
    const audit = await withOrg(ctx.database.db, { orgId: b.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.orgId, b.orgId), eq(auditLog.entityId, a.teacher.id))),
    );
    expect(audit.map(({ userId, action, detail }) => ({ userId, action, detail }))).toEqual(
      expect.arrayContaining([
        { userId: b.leader.id, action: "create", detail: "invitation: roles: office" },
        { userId: a.teacher.id, action: "create", detail: "roles: office (invitation accepted)" },
      ]),
    );
    // Now a member, B sees the name the person chose.
    expect(await (await leaderB.get("/organisation/staff")).text()).toContain(a.teacher.name);
  });

  it("leaves nothing behind when the person declines", async () => {
    const { a, b, invitation } = await inviteAcross();
    const teacher = await signIn(ctx, a.teacher.email);
    expect((await teacher.post(`/invitations/${invitation.id}/decline`)).status).toBe(303);
    expect(await rolesOf(b.orgId, a.teacher.id)).toEqual([]);
    expect(await invitationsIn(b.orgId)).toEqual([]);
    expect(await (await teacher.get("/invitations")).text()).not.toContain(b.org.name);
  });

  it("lets the organisation withdraw it", async () => {
    const { a, b, leaderB, invitation } = await inviteAcross();
    const withdrawn = await leaderB.post(`/organisation/staff/invitations/${invitation.id}/withdraw`);
    expect(withdrawn.status).toBe(303);
    expect(await invitationsIn(b.orgId)).toEqual([]);
    const teacher = await signIn(ctx, a.teacher.email);
    const late = await teacher.post(`/invitations/${invitation.id}/accept`);
    expect(late.status).toBe(404);
    // The person pressed Aanvaarden on a page opened before the withdrawal: they read why, on their
    // invitations page, instead of a bare "page not found".
    const page = await late.text();
    expect(page).toContain("Deze uitnodiging is er niet meer");
    expect(page).toContain("Er wachten geen uitnodigingen op u.");
    expect(await rolesOf(b.orgId, a.teacher.id)).toEqual([]);
  });

  it("says on the staff page that an invitation withdrawn twice is no longer there (a colleague, a second tab)", async () => {
    const { b, leaderB, invitation } = await inviteAcross();
    const withdraw = `/organisation/staff/invitations/${invitation.id}/withdraw`;
    expect((await leaderB.post(withdraw)).status).toBe(303);
    const again = await leaderB.post(withdraw);
    // Still 404, as for another organisation's invitation: the answer tells nothing about ids elsewhere.
    expect(again.status).toBe(404);
    const page = await again.text();
    expect(page).toContain("<h1>Medewerkers</h1>");
    expect(page).toContain("Deze uitnodiging is er niet meer");
    expect(page).toContain(`Medewerkers van ${b.org.name}`);
    const english = await signIn(ctx, b.leader.email, new TestClient(ctx.app, { "accept-language": "en" }));
    expect(await (await english.post(withdraw)).text()).toContain("This invitation is no longer there");
  });

  it("says so on the advisors page when the invitation withdrawn there was answered meanwhile", async () => {
    const { b, person, leaderB, advisors } = await inviteAdvisor();
    const withdraw = advisors.match(/action="(\/organisation\/[a-z]+\/invitations\/[0-9a-f-]{36}\/withdraw)"/)![1]!;
    const invitee = await signIn(ctx, person.email);
    const [invitation] = await invitationsIn(b.orgId);
    expect((await invitee.post(`/invitations/${invitation!.id}/decline`)).status).toBe(303);
    const late = await leaderB.post(withdraw);
    expect(late.status).toBe(404);
    const page = await late.text();
    expect(page).toContain("<h1>Adviseurs</h1>");
    expect(page).toContain("Deze uitnodiging is er niet meer");
  });

  it("is withdrawn from being school leader only by a school leader, as the role itself is taken away", async () => {
    const b = await createSchool(ctx.database.db);
    const person = await createUser(ctx.database.db, { name: "Bestaand" });
    const leaderB = await signIn(ctx, b.leader.email);
    await leaderB.post("/organisation/staff/invite", {
      name: "Nieuwe directeur",
      email: person.email,
      roles: "school_leader",
    });
    await leaderB.post(`/organisation/staff/${b.teacher.id}/roles`, { roles: ["coordinator"] });
    const [invitation] = await invitationsIn(b.orgId);
    const coordinator = await signIn(ctx, b.teacher.email);
    const list = await (await coordinator.get("/organisation/staff")).text();
    expect(list).toContain("Nieuwe directeur");
    expect(list).not.toContain(`/organisation/staff/invitations/${invitation!.id}/withdraw`);
    const refused = await coordinator.post(`/organisation/staff/invitations/${invitation!.id}/withdraw`);
    expect(refused.status).toBe(403);
    expect(await invitationsIn(b.orgId)).toHaveLength(1);
    expect((await leaderB.post(`/organisation/staff/invitations/${invitation!.id}/withdraw`)).status).toBe(303);
    expect(await invitationsIn(b.orgId)).toEqual([]);
  });

  it("adds the roles of a second invitation to the one waiting, and shows an advisor's on the advisors page", async () => {
    const { b, person, leaderB, advisors } = await inviteAdvisor();
    expect(advisors).toContain("Adviseur Typed");
    expect(advisors).toContain("Nog niet aanvaard");
    expect(await (await leaderB.get("/organisation/staff")).text()).not.toContain("Adviseur Typed");
    await leaderB.post("/organisation/staff/invite", { name: "Adviseur Typed", email: person.email, roles: "teacher" });
    const [invitation] = await invitationsIn(b.orgId);
    expect([...invitation!.roles].sort()).toEqual(["advisor", "teacher"]);
    const invitee = await signIn(ctx, person.email);
    expect((await invitee.post(`/invitations/${invitation!.id}/accept`)).status).toBe(303);
    expect(await rolesOf(b.orgId, person.id)).toEqual(["advisor", "teacher"]);
  });

  it("makes the accepted organisation the one the person works in, and says so", async () => {
    const { a, b, invitation } = await inviteAcross();
    const teacher = await signIn(ctx, a.teacher.email);
    // The person works in their own school first; accepting must not leave them guessing where they are.
    expect(await (await teacher.get("/home")).text()).toContain(`U werkt nu in ${a.org.name}`);
    await teacher.post(`/invitations/${invitation.id}/accept`);
    const home = await (await teacher.get("/home")).text();
    expect(home).toContain(`U werkt nu in ${b.org.name}`);
    expect(home).toContain("U heeft de uitnodiging aanvaard en werkt nu in deze organisatie.");
  });

  it("is neither visible to another organisation nor to be accepted by anyone else", async () => {
    const { a, b, invitation } = await inviteAcross();
    const c = await createSchool(ctx.database.db, { name: `Cschool ${unique()}` });
    const leaderC = await signIn(ctx, c.leader.email);
    expect(await (await leaderC.get("/organisation/staff")).text()).not.toContain("Typed By B");
    expect((await leaderC.post(`/organisation/staff/invitations/${invitation.id}/withdraw`)).status).toBe(404);

    for (const email of [a.parent.email, a.leader.email, b.teacher.email, b.parent.email]) {
      const other = await signIn(ctx, email);
      expect(await (await other.get("/invitations")).text()).toContain("Er wachten geen uitnodigingen op u.");
      expect((await other.post(`/invitations/${invitation.id}/accept`)).status).toBe(404);
      expect((await other.post(`/invitations/${invitation.id}/decline`)).status).toBe(404);
    }
    expect(await invitationsIn(b.orgId)).toHaveLength(1);
    expect(await rolesOf(b.orgId, a.parent.id)).toEqual([]);
    expect(await rolesOf(b.orgId, a.leader.id)).toEqual([]);
  });

  it("adds roles at once for someone who already works in the organisation", async () => {
    const b = await createSchool(ctx.database.db);
    const leaderB = await signIn(ctx, b.leader.email);
    await leaderB.post("/organisation/staff/invite", { name: "Typed", email: b.teacher.email, roles: "office" });
    expect(await rolesOf(b.orgId, b.teacher.id)).toEqual(["office", "teacher"]);
    expect(await invitationsIn(b.orgId)).toEqual([]);
  });

  it("expires after thirty days", async () => {
    const { b } = await inviteAcross();
    const [row] = await invitationsIn(b.orgId);
    const old = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    await withOrg(ctx.database.db, { orgId: b.orgId, userId: null }, (tx) =>
      tx.update(staffInvitations).set({ createdAt: old }).where(eq(staffInvitations.id, row!.id)),
    );
    expect(await purgeExpiredInvitations(ctx.database.db)).toBeGreaterThanOrEqual(1);
    expect(await invitationsIn(b.orgId)).toEqual([]);
  });

  it("gives a parent of the organisation the roles at once, as before", async () => {
    const b = await createSchool(ctx.database.db);
    const leaderB = await signIn(ctx, b.leader.email);
    await leaderB.post("/organisation/staff/invite", { name: "Typed", email: b.parent.email, roles: "office" });
    expect(await rolesOf(b.orgId, b.parent.id)).toEqual(["office"]);
    expect(await invitationsIn(b.orgId)).toEqual([]);
  });

  it("lists the invitation in the person's data export, and it goes with their account", async () => {
    const { a, b } = await inviteAcross();
    const teacher = await signIn(ctx, a.teacher.email);
    const exported = await (await teacher.get("/account/export.json")).json();
    expect(JSON.stringify(exported)).toContain(b.org.name);
    const person = await createUser(ctx.database.db, { name: "Weg" });
    await (
      await signIn(ctx, b.leader.email)
    ).post("/organisation/staff/invite", {
      name: "Typed",
      email: person.email,
      roles: "teacher",
    });
    expect(await invitationsIn(b.orgId)).toHaveLength(2);
    await ctx.database.db.delete(users).where(eq(users.id, person.id));
    expect(await invitationsIn(b.orgId)).toHaveLength(1);
  });
});
