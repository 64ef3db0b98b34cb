import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { unique } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { conversationRounds, groupStaff, guardians, pupilGuardians, pupils } from "../../db/schema/index.js";
import { createConversationSchool, createRoundWithSlots, type ConversationSchool } from "./testing/fixtures.js";
import { bookingsOf, mailsTo, slotsOf } from "./testing/queries.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { ofOrg } from "../../db/of-org.js";
import { expectConfirmationStep } from "../../../tests/helpers/confirm.js";

const ctx = useTestContext();

const db = () => ctx.database.db;
const HOUR = 3_600_000;

/** A fair round whose preference window is open now and closes in a day. */
async function fairRound(school: ConversationSchool, overrides = {}) {
  const now = Date.now();
  return createRoundWithSlots(db(), school, {
    overrides: {
      mode: "fair",
      opensAt: new Date(now - HOUR),
      closesAt: new Date(now + 24 * HOUR),
      changeDeadline: new Date(now + 48 * HOUR),
      ...overrides,
    },
  });
}

/** The preference window closes: it ended a minute ago. */
function closeWindow(orgId: string, roundId: string) {
  return withOrg(db(), { orgId, userId: null }, (tx) =>
    tx
      .update(conversationRounds)
      .set({ opensAt: new Date(Date.now() - 2 * HOUR), closesAt: new Date(Date.now() - 60_000) })
      .where(ofOrg(conversationRounds, orgId, { id: roundId })),
  );
}

describe("fair allocation", () => {
  it("collects preferences, allocates after the window, and publishes the result to the families", async () => {
    const school = await createConversationSchool(db());
    const { round } = await fairRound(school);
    const slotsA = await slotsOf(db(), school.orgId, round.id, school.teacher.id);
    const slotsB = await slotsOf(db(), school.orgId, round.id, school.teacherB.id);
    const base = `/conversations/rounds/${round.id}`;

    const parent = await signIn(ctx, school.parent.email);
    // The booking page lists no times in a fair round, so it does not ask "none of these times?".
    expect(await (await parent.get(`${base}/book`)).text()).not.toContain("Vraag om een andere tijd");
    const form = await (await parent.get(`${base}/preferences`)).text();
    expect(form).toContain("Geef aan welke tijden goed passen");
    const marked = await parent.post(`${base}/preferences`, {
      [`mark:${school.child.id}:${slotsA[0]!.id}`]: "yes",
      [`mark:${school.child.id}:${slotsA[1]!.id}`]: "no",
      [`mark:${school.sibling.id}:${slotsB[2]!.id}`]: "yes",
    });
    expect(marked.status).toBe(303);
    const other = await signIn(ctx, school.otherParent.email);
    await other.post(`${base}/preferences`, {
      [`mark:${school.other.id}:${slotsB[2]!.id}`]: "yes",
      [`mark:${school.other.id}:${slotsB[3]!.id}`]: "yes",
    });
    const stranger = await other.post(`${base}/preferences`, { [`mark:${school.child.id}:${slotsA[2]!.id}`]: "no" });
    expect(stranger.status).toBe(403);
    const booking = await parent.post(`${base}/book`, { pupilId: school.child.id, slotId: slotsA[0]!.id });
    await expectRefused(booking, ["In deze ronde verdeelt de school de tijden."]);

    const leader = await signIn(ctx, school.leader.email);
    const early = await leader.post(`${base}/allocate`);
    await expectConflict(early, ["De voorkeuren zijn nog niet gesloten."]);

    await closeWindow(school.orgId, round.id);
    const late = await parent.post(`${base}/preferences`, { [`mark:${school.child.id}:${slotsA[3]!.id}`]: "yes" });
    expect(late.status).toBe(422);
    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.post(`${base}/allocate`)).status).toBe(403);

    expect((await leader.post(`${base}/allocate`)).status).toBe(303);
    const placed = await bookingsOf(db(), school.orgId, round.id);
    const slotOf = (pupilId: string) => placed.find((b) => b.booking.pupilId === pupilId)?.slot.id;
    expect(slotOf(school.child.id)).toBe(slotsA[0]!.id);
    expect(slotOf(school.sibling.id)).toBe(slotsB[2]!.id);
    expect(slotOf(school.other.id)).toBe(slotsB[3]!.id);
    const summary = await (await leader.get(base)).text();
    expect(summary).toContain("3 gesprekken zijn verdeeld, waarvan 3 op een tijd met ja. 0 kinderen hebben geen plek.");
    expect(await (await parent.get(`${base}/book`)).text()).not.toContain("Uw gesprek:");

    // Publishing mails every family at once: it is asked first, saying how many get a mail.
    await expectConfirmationStep(leader, base, `${base}/publish`, [
      "Verdeling bekendmaken aan de ouders",
      "2 gezinnen krijgen een e-mail met hun tijd.",
    ]);
    const confirmed = (m: { subject: string }) => m.subject === "Bevestiging: gesprek over Ander Kind";
    expect((await mailsTo(db(), school.otherParent.email)).some(confirmed)).toBe(false);
    expect((await leader.post(`${base}/publish`)).status).toBe(303);
    expect(await (await parent.get(`${base}/book`)).text()).toContain("Uw gesprek:");
    const mails = await mailsTo(db(), school.otherParent.email);
    expect(mails.some(confirmed)).toBe(true);
    const again = await leader.post(`${base}/allocate`);
    await expectConflict(again, ["Deze verdeling is al bekendgemaakt."]);
  });

  it("tells staff what parents do in a fair round, not what parents are told", async () => {
    const school = await createConversationSchool(db());
    const { round } = await fairRound(school);
    const leader = await signIn(ctx, school.leader.email);
    const teacher = await signIn(ctx, school.teacher.email);
    for (const page of ["/conversations", `/conversations/rounds/${round.id}`]) {
      for (const staff of [leader, teacher]) {
        const html = await (await staff.get(page)).text();
        expect(html).toContain("Ouders geven voorkeuren op tot");
        expect(html).not.toContain("Geef uw voorkeuren op");
      }
    }
    await closeWindow(school.orgId, round.id);
    const closed = await (await leader.get(`/conversations/rounds/${round.id}`)).text();
    expect(closed).toContain("Voorkeuren gesloten: verdeel de tijden.");
    expect(closed).not.toContain("U krijgt bericht");
    // Dividing the times is the managers' work: a teacher reads what it means for them.
    for (const page of ["/conversations", `/conversations/rounds/${round.id}`]) {
      const html = await (await teacher.get(page)).text();
      expect(html).toContain("De ouders hebben hun voorkeuren gegeven. De tijden worden nu verdeeld;");
      expect(html).not.toContain("verdeel de tijden");
      expect(html).not.toContain("U krijgt bericht");
    }
    const parent = await signIn(ctx, school.parent.email);
    expect(await (await parent.get("/conversations")).text()).toContain("U krijgt bericht zodra uw tijd bekend is.");
  });

  it("lists the children who could not be placed for their teacher, with the reason", async () => {
    const school = await createConversationSchool(db());
    const { orgId } = school;
    await addPupils(school, ["Extra Een", "Extra Twee"]);
    const round = await closedRoundOfGroupA(school);
    const leader = await signIn(ctx, school.leader.email);
    expect((await leader.post(`/conversations/rounds/${round.id}/allocate`)).status).toBe(303);
    expect(await bookingsOf(db(), orgId, round.id)).toHaveLength(2);

    const teacher = await signIn(ctx, school.teacher.email);
    const page = await (await teacher.get(`/conversations/rounds/${round.id}`)).text();
    expect(page).toContain("Gezinnen zonder plek");
    expect(page).toContain("Er waren niet genoeg tijden: alle tijden van de leraren van de groep zijn vergeven.");
    expect(page.match(/<th scope="row">(Kind Eigen|Extra Een Kind|Extra Twee Kind)<\/th>/g)).toHaveLength(1);
  });

  it("uses the times of both teachers of a duo group", async () => {
    const school = await createConversationSchool(db());
    const { orgId } = school;
    await addPupils(school, ["Extra Een", "Extra Twee", "Extra Drie", "Extra Vier"]);
    await withOrg(db(), { orgId, userId: null }, (tx) =>
      tx.insert(groupStaff).values({ orgId, groupId: school.groupA.id, userId: school.teacherB.id }),
    );
    const round = await closedRoundOfGroupA(school, [school.teacher, school.teacherB]);
    const leader = await signIn(ctx, school.leader.email);
    expect((await leader.post(`/conversations/rounds/${round.id}/allocate`)).status).toBe(303);
    const placed = await bookingsOf(db(), orgId, round.id);
    expect(placed).toHaveLength(4);
    expect(new Set(placed.map((b) => b.slot.teacherId))).toEqual(new Set([school.teacher.id, school.teacherB.id]));
  });
});

/** A fair round of group A whose preferences closed, with two slots per teacher (default: group A's). */
async function closedRoundOfGroupA(school: ConversationSchool, teachers?: { id: string }[]) {
  const { round } = await createRoundWithSlots(db(), school, {
    overrides: {
      mode: "fair",
      groupIds: [school.groupA.id],
      opensAt: new Date(Date.now() - 2 * HOUR),
      closesAt: new Date(Date.now() - 60_000),
    },
    until: "18:20",
    ...(teachers ? { teachers } : {}),
  });
  return round;
}

/** Pupils in group A, each with a guardian of their own. */
function addPupils(school: ConversationSchool, names: string[]) {
  const { orgId } = school;
  return withOrg(db(), { orgId, userId: null }, async (tx) => {
    for (const name of names) {
      const [pupil] = await tx
        .insert(pupils)
        .values({ orgId, firstName: name, surname: "Kind", groupId: school.groupA.id })
        .returning();
      const [guardian] = await tx
        .insert(guardians)
        .values({ orgId, name: `Ouder ${name}`, email: `extra-${unique()}@example.nl` })
        .returning();
      await tx.insert(pupilGuardians).values({ orgId, pupilId: pupil!.id, guardianId: guardian!.id });
    }
  });
}
