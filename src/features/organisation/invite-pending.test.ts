/**
 * An invitation looks the same to the organisation whether the address already has an account in
 * Samen or not (a school leader must not be able to test addresses): it waits, "Uitgenodigd, nog niet
 * aanvaard", until the person accepts through the mailed link, and only then are they a member.
 */
import { describe, expect, it } from "vitest";
import { lastMailTo, signIn, useTestContext, type TestClient } from "../../../tests/helpers/app.js";
import { createSchool, createUser, unique } from "../../../tests/helpers/factories.js";
import { acceptMailedInvitation } from "../../../tests/helpers/invitations.js";
import { accountIdOf, rolesOf as rolesOfIn } from "./testing/roles.js";

const ctx = useTestContext();

const rolesOf = (orgId: string, userId: string) => rolesOfIn(ctx.database.db, orgId, userId);

const userIdOf = (email: string) => accountIdOf(ctx.database.db, email);

/**
 * What the leader reads on a page: its text without markup, with every address and id left out
 * (the two schools' own people have addresses and ids of their own; nothing else may differ).
 */
async function readable(response: Response): Promise<string> {
  return (await response.text())
    .replace(/<[^>]*>/g, " ")
    .replace(/[\w.+-]+@example\.nl/gi, "ADDRESS")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "ID")
    .replace(/\s+/g, " ");
}

/** Two schools of the same name, each with its leader signed in: one invites an existing account, the other a new address. */
async function twoSchools() {
  const name = `Gelijk ${unique()}`;
  const [x, y] = [await createSchool(ctx.database.db, { name }), await createSchool(ctx.database.db, { name })];
  const existing = await createUser(ctx.database.db, { name: `Eigen Naam ${unique()}` });
  const fresh = `nieuw-${unique()}@example.nl`;
  return {
    existing,
    fresh,
    x: { school: x!, leader: await signIn(ctx, x!.leader.email) },
    y: { school: y!, leader: await signIn(ctx, y!.leader.email) },
  };
}

/** The form posted, then the page it leads to, as the leader reads it. */
async function afterPosting(leader: TestClient, path: string, form: Record<string, string>) {
  const posted = await leader.post(path, form);
  expect(posted.status).toBe(303);
  return readable(await leader.get(posted.headers.get("location")!));
}

describe("inviting an address, whether or not it has an account", () => {
  it("shows a staff invitation the same way, gives no role until it is accepted through the mailed link", async () => {
    const { existing, fresh, x, y } = await twoSchools();
    const typed = { name: "Nieuwe Collega", roles: "teacher" };
    const pageX = await afterPosting(x.leader, "/organisation/staff/invite", { ...typed, email: existing.email });
    const pageY = await afterPosting(y.leader, "/organisation/staff/invite", { ...typed, email: fresh });
    expect(pageX).toBe(pageY);
    expect(pageX).toContain("De uitnodiging is verstuurd.");
    expect(pageX).toContain("Uitgenodigd, nog niet aanvaard");
    expect(pageX).toContain("Nieuwe Collega");
    expect(pageX).not.toContain("al een account");
    expect(pageX).not.toContain(existing.name);
    const english = await readable(await x.leader.get("/organisation/staff", { "accept-language": "en" }));
    expect(english).toContain("Invited, not yet accepted");
    expect(english).not.toContain("already have an account");

    // Neither is a member yet: no role, no staff page of their own, not to be put in a group.
    const freshId = await userIdOf(fresh);
    expect(await rolesOf(x.school.orgId, existing.id)).toEqual([]);
    expect(await rolesOf(y.school.orgId, freshId!)).toEqual([]);
    expect((await x.leader.get(`/organisation/staff/${existing.id}`)).status).toBe(404);
    expect((await y.leader.get(`/organisation/staff/${freshId}`)).status).toBe(404);
    expect(await (await y.leader.get(`/organisation/groups/${y.school.groupA.id}`)).text()).not.toContain(
      "Nieuwe Collega",
    );
    const assign = await y.leader.post(`/organisation/groups/${y.school.groupA.id}/staff`, { staffUserId: freshId! });
    expect(assign.status).toBe(422);

    // Both mails went out through the outbox, and both ask the person to accept.
    for (const email of [existing.email, fresh]) {
      const mail = await lastMailTo(ctx, email);
      expect(mail?.text).toContain("/sign-in/link?token=");
      expect(mail?.text).toContain("/invitations");
      expect(mail?.text).not.toContain("U heeft al een account");
    }

    await acceptMailedInvitation(ctx, existing.email);
    await acceptMailedInvitation(ctx, fresh);
    expect(await rolesOf(x.school.orgId, existing.id)).toEqual(["teacher"]);
    expect(await rolesOf(y.school.orgId, freshId!)).toEqual(["teacher"]);
    const staffX = await readable(await x.leader.get("/organisation/staff"));
    expect(staffX).toContain(existing.name);
    expect(staffX).not.toContain("Uitnodigingen die op antwoord wachten");
    const staffY = await readable(await y.leader.get("/organisation/staff"));
    expect(staffY).toContain("Nieuwe Collega");
    expect(staffY).not.toContain("Uitnodigingen die op antwoord wachten");
    expect(await (await y.leader.get(`/organisation/groups/${y.school.groupA.id}`)).text()).toContain("Nieuwe Collega");
  });

  it("shows an advisor invitation the same way, and the advisor guides the organisation only after accepting", async () => {
    const { existing, fresh, x, y } = await twoSchools();
    const pageX = await afterPosting(x.leader, "/organisation/advisors", {
      name: "Adviseur Typed",
      email: existing.email,
    });
    const pageY = await afterPosting(y.leader, "/organisation/advisors", { name: "Adviseur Typed", email: fresh });
    expect(pageX).toBe(pageY);
    expect(pageX).toContain("Uitgenodigd, nog niet aanvaard");
    expect(pageX).not.toContain("al een account");
    const freshId = await userIdOf(fresh);
    expect(await rolesOf(x.school.orgId, existing.id)).toEqual([]);
    expect(await rolesOf(y.school.orgId, freshId!)).toEqual([]);

    const advisor = await acceptMailedInvitation(ctx, fresh);
    await acceptMailedInvitation(ctx, existing.email);
    expect(await rolesOf(x.school.orgId, existing.id)).toEqual(["advisor"]);
    expect(await rolesOf(y.school.orgId, freshId!)).toEqual(["advisor"]);
    expect(await (await advisor.get("/home")).text()).toContain("Organisaties die ik begeleid");
    const advisorsY = await readable(await y.leader.get("/organisation/advisors"));
    expect(advisorsY).toContain("Adviseur Typed");
    expect(advisorsY).not.toContain("Uitnodigingen die op antwoord wachten");
  });
});
