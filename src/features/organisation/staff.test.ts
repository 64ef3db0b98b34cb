import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { followMailedLink, lastMailTo, signIn, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool, createUser, unique } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { auditLog, groupStaff, users } from "../../db/schema/index.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { invitationsIn, rolesOf as rolesOfIn } from "./testing/roles.js";
import { acceptMailedInvitation } from "../../../tests/helpers/invitations.js";

const ctx = useTestContext();

const rolesOf = (orgId: string, userId: string) => rolesOfIn(ctx.database.db, orgId, userId);

async function onlyInvitation(orgId: string): Promise<string> {
  const [invitation] = await invitationsIn(ctx.database.db, orgId);
  return invitation!.id;
}

describe("inviting staff", () => {
  it("invites a new teacher, who accepts from the mail and sees their groups", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const email = `juf-${unique()}@example.nl`;
    const invited = await leader.post("/organisation/staff/invite", {
      name: "Juf Anna",
      email: email.toUpperCase(),
      roles: ["teacher", "mentor"],
    });
    expect(invited.status).toBe(303);
    expect(invited.headers.get("location")).toBe("/organisation/staff");

    const mail = await lastMailTo(ctx, email);
    expect(mail?.subject).toBe(`Uitnodiging voor ${school.org.name} in Samen`);
    expect(mail?.text).toContain("Beste Juf Anna");
    expect(mail?.text).toContain("als leraar, mentor.");
    expect(mail?.text).toContain("http://localhost:3000/sign-in/link?token=");

    const list = await (await leader.get("/organisation/staff")).text();
    expect(list).toContain("Juf Anna");
    expect(list).toContain(email);
    // Invited, not yet a member: as for an address that has an account (invite-pending.test.ts).
    expect(list).toContain("Nog niet aanvaard");

    const teacher = await acceptMailedInvitation(ctx, email);
    const home = await (await teacher.get("/home")).text();
    expect(home).toContain("Welkom, Juf Anna");
    expect(home).toContain("Mijn groepen");
    expect(await (await leader.get("/organisation/staff")).text()).not.toContain("Nog niet aanvaard");
  });

  it("adds an existing account once it accepts, without changing its name, and records who did it", async () => {
    const school = await createSchool(ctx.database.db);
    const person = await createUser(ctx.database.db, { name: "Meester Bram" });
    const leader = await signIn(ctx, school.leader.email);
    // The form says beforehand that the person must accept first, in both languages.
    expect(await (await leader.get("/organisation/staff/invite")).text()).toContain(
      "De persoon krijgt de rollen pas als hij of zij de uitnodiging aanvaardt met de link in de e-mail.",
    );
    expect(await (await leader.get("/organisation/staff/invite", { "accept-language": "en" })).text()).toContain(
      "The person gets the roles only when they accept the invitation with the link in the e-mail.",
    );
    await leader.post("/organisation/staff/invite", { name: "Iemand anders", email: person.email, roles: "office" });
    // The account has no place here yet: the roles wait for the person to accept (invitations.test.ts).
    expect(await rolesOf(school.orgId, person.id)).toEqual([]);
    const invitee = await signIn(ctx, person.email);
    await invitee.post(`/invitations/${await onlyInvitation(school.orgId)}/accept`);
    expect(await rolesOf(school.orgId, person.id)).toEqual(["office"]);
    const [user] = await ctx.database.db.select().from(users).where(eq(users.id, person.id));
    expect(user?.name).toBe("Meester Bram");
    const audit = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.entityId, person.id)),
    );
    expect(audit).toMatchObject([
      { userId: school.leader.id, action: "create", entity: "staff" },
      { userId: person.id, action: "create", entity: "staff" },
    ]);
  });

  it("asks for at least one role and a valid address, and invites nobody until then", async () => {
    const { leader } = await leaderSignedIn(ctx);
    const email = `geen-rol-${unique()}@example.nl`;
    await expectRefused(await leader.post("/organisation/staff/invite", { name: "Zonder Rol", email }), [
      "Kies minstens één rol.",
      `value="${email}"`,
    ]);
    const badHtml = await expectRefused(
      await leader.post("/organisation/staff/invite", {
        name: "X",
        email: "geen-adres",
        roles: ["teacher", "office"],
      }),
      ["Vul een geldig e-mailadres in"],
    );
    expect(badHtml).toMatch(/value="office"\s+checked/);
    expect(await lastMailTo(ctx, email)).toBeNull();
    expect(await ctx.database.db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("names an invited teacher's role in the inviting organisation's words: leraar at a school, pedagogisch medewerker at a daycare", async () => {
    const school = await createSchool(ctx.database.db, { name: `Aschool ${unique()}` });
    const daycare = await createSchool(ctx.database.db, { type: "daycare", name: `Opvang ${unique()}` });
    const email = `pm-${unique()}@example.nl`;
    await (
      await signIn(ctx, school.leader.email)
    ).post("/organisation/staff/invite", { name: "Sam", email, roles: "teacher" });
    expect((await lastMailTo(ctx, email))?.text).toContain("als leraar.");
    const sam = await followMailedLink(ctx, email);
    await sam.post(`/invitations/${await onlyInvitation(school.orgId)}/accept`);
    await (
      await signIn(ctx, daycare.leader.email)
    ).post("/organisation/staff/invite", { name: "Sam", email, roles: "teacher" });
    expect((await lastMailTo(ctx, email))?.text).toContain("als pedagogisch medewerker.");
    for (const [locale, texts] of [
      ["nl", [`${daycare.org.name} nodigt u uit als pedagogisch medewerker`, "Uw rollen hier: leraar"]],
      ["en", [`${daycare.org.name} invites you as early years practitioner`, "Your roles here: teacher"]],
    ] as const) {
      await sam.post("/language", { locale, back: "/home" });
      const home = await (await sam.get("/home")).text();
      for (const text of texts) expect(home).toContain(text);
      expect(home).not.toMatch(/pm&#39;er|daycare staff/);
      const invitations = await (await sam.get("/invitations")).text();
      expect(invitations).toContain(texts[0]);
    }
  });

  it("lets a person invited by two organisations switch between them", async () => {
    const a = await createSchool(ctx.database.db, { name: `Aschool ${unique()}` });
    const b = await createSchool(ctx.database.db, { name: `Bschool ${unique()}` });
    const email = `twee-${unique()}@example.nl`;
    await (
      await signIn(ctx, a.leader.email)
    ).post("/organisation/staff/invite", { name: "Sam", email, roles: "teacher" });
    await (
      await signIn(ctx, b.leader.email)
    ).post("/organisation/staff/invite", { name: "Sam", email, roles: "coordinator" });

    const sam = await followMailedLink(ctx, email);
    // Sam's account came with A's invitation; both wait for Sam to accept them.
    const home = await (await sam.get("/home")).text();
    expect(home).toContain(`${a.org.name} nodigt u uit als leraar`);
    expect(home).toContain(`${b.org.name} nodigt u uit als coördinator`);
    await sam.post(`/invitations/${await onlyInvitation(a.orgId)}/accept`);
    await sam.post(`/invitations/${await onlyInvitation(b.orgId)}/accept`);
    // Accepting makes B the organisation Sam works in; Sam switches back to A from the home page.
    const first = await (await sam.get("/home")).text();
    expect(first).toContain(`U werkt nu in ${b.org.name}`);
    expect((await sam.get("/organisation")).status).toBe(200);

    const switched = await sam.post("/home/organisation", { orgId: a.orgId });
    expect(switched.status).toBe(303);
    const second = await (await sam.get("/home")).text();
    expect(second).toContain(`U werkt nu in ${a.org.name}`);
    expect((await sam.get("/organisation")).status).toBe(403);
  });
});

describe("changing and removing staff", () => {
  it("changes a person's roles", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const response = await leader.post(`/organisation/staff/${school.teacher.id}/roles`, {
      roles: ["teacher", "coordinator"],
    });
    expect(response.status).toBe(303);
    expect(await rolesOf(school.orgId, school.teacher.id)).toEqual(["coordinator", "teacher"]);
    const page = await (await leader.get(`/organisation/staff/${school.teacher.id}`)).text();
    expect(page).toContain("De rollen zijn opgeslagen.");
  });

  it("removes someone from the organisation, with their groups", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const response = await leader.post(`/organisation/staff/${school.teacher.id}/remove`);
    expect(response.status).toBe(303);
    expect(await rolesOf(school.orgId, school.teacher.id)).toEqual([]);
    const groupsLeft = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(groupStaff).where(eq(groupStaff.userId, school.teacher.id)),
    );
    expect(groupsLeft).toEqual([]);
    expect(await (await leader.get("/organisation/staff")).text()).not.toContain(school.teacher.email);
    const teacher = await signIn(ctx, school.teacher.email);
    expect(await (await teacher.get("/home")).text()).toContain("U hoort nog niet bij een school of opvang.");
  });

  it("never removes the last school leader, and says what to do instead", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await expectRefused(await leader.post(`/organisation/staff/${school.leader.id}/remove`), [
      "Dit is de laatste schoolleider.",
    ]);
    await expectRefused(await leader.post(`/organisation/staff/${school.leader.id}/roles`, { roles: "teacher" }), [
      "Dit is de laatste schoolleider.",
    ]);
    expect(await rolesOf(school.orgId, school.leader.id)).toEqual(["school_leader"]);

    // With a second leader, the first may step down.
    await leader.post(`/organisation/staff/${school.teacher.id}/roles`, { roles: ["teacher", "school_leader"] });
    expect((await leader.post(`/organisation/staff/${school.leader.id}/remove`)).headers.get("location")).toBe("/home");
    expect(await rolesOf(school.orgId, school.leader.id)).toEqual([]);
  });

  it("lets only a school leader hand out or take away the school leader role", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await leader.post(`/organisation/staff/${school.teacher.id}/roles`, { roles: ["coordinator"] });
    const coordinator = await signIn(ctx, school.teacher.email);

    expect(
      (await coordinator.post(`/organisation/staff/${school.teacher.id}/roles`, { roles: "school_leader" })).status,
    ).toBe(403);
    expect((await coordinator.post(`/organisation/staff/${school.leader.id}/remove`)).status).toBe(403);
    const page = await (await coordinator.get(`/organisation/staff/${school.leader.id}`)).text();
    expect(page).not.toContain('value="school_leader"');
    expect(page).not.toContain("/remove");

    // Changing a leader's other roles keeps them leader.
    expect((await coordinator.post(`/organisation/staff/${school.leader.id}/roles`, { roles: "mentor" })).status).toBe(
      303,
    );
    expect(await rolesOf(school.orgId, school.leader.id)).toEqual(["mentor", "school_leader"]);
  });

  it("does not find a staff member of another organisation", async () => {
    const school = await createSchool(ctx.database.db);
    const other = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    expect((await leader.get(`/organisation/staff/${other.teacher.id}`)).status).toBe(404);
    expect((await leader.post(`/organisation/staff/${other.teacher.id}/remove`)).status).toBe(404);
    expect((await leader.post(`/organisation/staff/${other.teacher.id}/roles`, { roles: "office" })).status).toBe(404);
    expect((await leader.get("/organisation/staff/not-an-id")).status).toBe(404);
    expect(await rolesOf(other.orgId, other.teacher.id)).toEqual(["teacher"]);
  });
});
