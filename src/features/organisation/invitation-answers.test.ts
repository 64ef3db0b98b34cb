/**
 * Answering an invitation and what each answer shows (a file of its own: the sign-ins of
 * invitations.test.ts already come near one address's limit of sign-in links).
 */
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";
import { expectPage, tableOf } from "../../../tests/helpers/page.js";
import { withOrg } from "../../db/client.js";
import { staffInvitations } from "../../db/schema/index.js";
import { addInvitee } from "./invite.js";
import { invitationFixtures } from "./testing/invite-across.js";

const ctx = useTestContext();

const { rolesOf, invitationsIn, inviteAcross } = invitationFixtures(ctx);

describe("answering an invitation", () => {
  it("reads in the trail as an invitation sent, to the name typed, waiting for an answer, until accepted", async () => {
    const { a, leaderB, invitation } = await inviteAcross();
    const waiting = tableOf(await expectPage(await leaderB.get("/organisation/audit")), "Wie deed wat");
    expect(waiting).toContain("Uitnodiging verstuurd · medewerker");
    expect(waiting).toContain("Typed By B (wacht op antwoord)");
    expect(waiting).not.toContain("Toegevoegd · medewerker");
    expect(waiting).not.toContain(a.teacher.name);
    await leaderB.post("/language", { locale: "en", back: "/organisation/audit" });
    const english = tableOf(await expectPage(await leaderB.get("/organisation/audit")), "Who did what");
    expect(english).toContain("Invitation sent · staff member");
    expect(english).toContain("Typed By B (awaiting an answer)");

    const teacher = await signIn(ctx, a.teacher.email);
    expect((await teacher.post(`/invitations/${invitation.id}/accept`)).status).toBe(303);
    const accepted = tableOf(await expectPage(await leaderB.get("/organisation/audit")), "Who did what");
    expect(accepted).toContain("Invitation sent · staff member");
    expect(accepted).toContain(a.teacher.name);
    expect(accepted).not.toContain("awaiting an answer");
  });

  it("does not tell the organisation the name of the person who declined", async () => {
    const { a, leaderB, invitation } = await inviteAcross();
    const teacher = await signIn(ctx, a.teacher.email);
    expect((await teacher.post(`/invitations/${invitation.id}/decline`)).status).toBe(303);
    const trail = await (await leaderB.get("/organisation/audit")).text();
    expect(trail).toContain("Afgewezen");
    expect(trail).not.toContain(a.teacher.name);
    expect(trail).toContain("(uitnodiging niet meer open)");
  });

  it("can no longer be accepted after thirty days, also before the daily clean-up ran", async () => {
    const { a, b, leaderB, invitation } = await inviteAcross();
    const old = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    await withOrg(ctx.database.db, { orgId: b.orgId, userId: null }, (tx) =>
      tx.update(staffInvitations).set({ createdAt: old }).where(eq(staffInvitations.id, invitation.id)),
    );
    const teacher = await signIn(ctx, a.teacher.email);
    expect(await (await teacher.get("/home")).text()).not.toContain(b.org.name);
    expect(await (await teacher.get("/invitations")).text()).toContain("Er wachten geen uitnodigingen op u.");
    expect((await teacher.post(`/invitations/${invitation.id}/accept`)).status).toBe(404);
    expect(await rolesOf(b.orgId, a.teacher.id)).toEqual([]);
    const list = await leaderB.get("/organisation/staff");
    expect(await list.text()).not.toContain("Typed By B");
  });

  it("goes when the person is given roles directly, so accepting it later grants nothing more", async () => {
    const { a, b, leaderB, invitation } = await inviteAcross();
    // The command line gives roles without consent (as a guardian record in B would for the form).
    const direct = {
      orgId: b.orgId,
      invitedBy: null,
      email: a.teacher.email,
      name: "Typed",
      roles: ["teacher" as const],
    };
    await addInvitee(ctx.database.db, { ...direct, direct: true });
    expect(await invitationsIn(b.orgId)).toEqual([]);
    expect(await (await leaderB.get("/organisation/staff")).text()).not.toContain("Nog niet aanvaard");
    const teacher = await signIn(ctx, a.teacher.email);
    expect((await teacher.post(`/invitations/${invitation.id}/accept`)).status).toBe(404);
    expect(await rolesOf(b.orgId, a.teacher.id)).toEqual(["teacher"]);
  });

  it("tells someone with no place anywhere yet that an invitation waits, not to ask for one", async () => {
    const b = await createSchool(ctx.database.db);
    const person = await createUser(ctx.database.db, { name: "Nergens" });
    const leaderB = await signIn(ctx, b.leader.email);
    await leaderB.post("/organisation/staff/invite", { name: "Typed", email: person.email, roles: "teacher" });
    const home = await (await signIn(ctx, person.email)).get("/home");
    const text = await home.text();
    expect(text).not.toContain("Vraag de school om u uit te nodigen");
    expect(text).toContain("U hoort nog niet bij een school of opvang. Er wacht een uitnodiging op uw antwoord.");
  });
});
