import { orgRows } from "../../../tests/helpers/org-rows.js";
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { conversationOtherTimes, conversationSlots } from "../../db/schema/index.js";
import { conversationDay, createConversationSchool, createRoundWithSlots } from "./testing/fixtures.js";
import { bookingsOf, mailsTo, slotsOf } from "./testing/queries.js";
import { readCalendar } from "../../../tests/helpers/ical.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { ofOrg } from "../../db/of-org.js";
import { users } from "../../db/schema/index.js";
import { createDaycare, expectChildcareMail } from "../../../tests/helpers/wording.js";
import { eq } from "drizzle-orm";
import { addAvailability } from "./service/availability.js";

const ctx = useTestContext();

const db = () => ctx.database.db;

async function setup() {
  const school = await createConversationSchool(db());
  const { round } = await createRoundWithSlots(db(), school);
  return {
    school,
    round,
    book: `/conversations/rounds/${round.id}/book`,
    ask: `/conversations/rounds/${round.id}/other-time`,
  };
}

function notesOf(orgId: string) {
  return orgRows(db(), conversationOtherTimes, orgId);
}

describe("asking for another time within a round", () => {
  it("a parent leaves one short note for their own child from the booking page; bad input stores nothing", async () => {
    const { school, round, book, ask } = await setup();
    const parent = await signIn(ctx, school.parent.email);
    expect(await (await parent.get(book)).text()).toContain(`href="${ask}"`);
    const empty = await parent.post(ask, { pupilId: school.child.id, note: "  " });
    await expectRefused(empty, ["Schrijf kort wanneer u wel kunt."]);
    const stranger = await parent.post(ask, { pupilId: school.other.id, note: "Woensdag" });
    expect(stranger.status).toBe(403);
    expect(await notesOf(school.orgId)).toHaveLength(0);

    expect((await parent.post(ask, { pupilId: school.child.id, note: "Alleen na 16:00" })).status).toBe(303);
    const twice = await parent.post(ask, { pupilId: school.child.id, note: "Nog eens" });
    await expectConflict(twice, ["U heeft dit al gevraagd."]);
    expect(await notesOf(school.orgId)).toHaveLength(1);

    const teacher = await signIn(ctx, school.teacher.email);
    expect(await (await teacher.get(`/conversations/rounds/${round.id}`)).text()).toContain("/other-times");
    expect(await (await teacher.get(`/conversations/rounds/${round.id}/other-times`)).text()).toContain(
      "Alleen na 16:00",
    );
  });

  it("a parent of one child asks too, and sees the form again after a mistake", async () => {
    const { school, ask } = await setup();
    const parent = await signIn(ctx, school.otherParent.email);
    const page = await parent.get(ask);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`value="${school.other.id}"`);
    await expectRefused(await parent.post(ask, { pupilId: school.other.id, note: "" }), [
      "Schrijf kort wanneer u wel kunt.",
    ]);
    expect((await parent.post(ask, { pupilId: school.other.id, note: "Alleen op woensdag" })).status).toBe(303);
    expect(await notesOf(school.orgId)).toHaveLength(1);
  });

  it("the teacher answers with a time that becomes the child's booking, with an invitation and the message", async () => {
    const { school, round, ask } = await setup();
    const parent = await signIn(ctx, school.parent.email);
    await parent.post(ask, { pupilId: school.child.id, note: "Alleen na 16:00" });
    const [note] = await notesOf(school.orgId);
    const answer = `/conversations/other-times/${note!.id}/answer`;

    // Teacher B does not teach this child; an empty answer says what is missing.
    const teacherB = await signIn(ctx, school.teacherB.email);
    expect((await teacherB.post(answer, { message: "Ja" })).status).toBe(403);
    const teacher = await signIn(ctx, school.teacher.email);
    const blank = await teacher.post(answer, {});
    await expectRefused(blank, ["Geef een tijd, een bericht of allebei."]);

    expect((await teacher.post(answer, { time: `${conversationDay()}T16:30`, message: "Tot dan!" })).status).toBe(303);
    const [booking] = await bookingsOf(db(), school.orgId, round.id);
    expect(booking?.booking.pupilId).toBe(school.child.id);
    expect(booking?.slot.teacherId).toBe(school.teacher.id);
    const parentMails = await mailsTo(db(), school.parent.email);
    const confirmation = parentMails.find((m) => m.subject === "Bevestiging: gesprek over Kind Eigen");
    expect(readCalendar(confirmation?.attachments?.[0]?.content as string)).toMatchObject({ method: "REQUEST" });
    const message = parentMails.find((m) => m.subject === "Antwoord op uw vraag om een andere tijd");
    expect(message?.text).toContain("Tot dan!");
    expect((await mailsTo(db(), school.partner.email)).some((m) => m.subject.startsWith("Bevestiging"))).toBe(true);
    expect(await (await parent.get(ask)).text()).toContain("gepland op");

    expect((await teacher.post(answer, { message: "Nogmaals" })).status).toBe(409);
  });

  it("keeps one booking per child: a time for a child who already has one is refused and nothing changes", async () => {
    const { school, round, book, ask } = await setup();
    const partner = await signIn(ctx, school.partner.email);
    expect((await partner.post(ask, { pupilId: school.child.id, note: "Liever overdag" })).status).toBe(303);
    const parent = await signIn(ctx, school.parent.email);
    const [slot] = await slotsOf(db(), school.orgId, round.id, school.teacher.id);
    expect((await parent.post(book, { pupilId: school.child.id, slotId: slot!.id })).status).toBe(303);

    const teacher = await signIn(ctx, school.teacher.email);
    const [note] = await notesOf(school.orgId);
    const answer = `/conversations/other-times/${note!.id}/answer`;
    const refused = await teacher.post(answer, { time: `${conversationDay()}T09:00` });
    await expectConflict(refused, ["Dit kind heeft al een gesprek in deze ronde."]);
    expect(await bookingsOf(db(), school.orgId, round.id)).toHaveLength(1);
    const made = await withOrg(db(), { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(conversationSlots)
        .where(ofOrg(conversationSlots, school.orgId, { roundId: round.id })),
    );
    expect(made).toHaveLength(12);
    expect((await notesOf(school.orgId))[0]?.status).toBe("open");

    expect((await teacher.post(answer, { message: "Zie u dan!" })).status).toBe(303);
    expect((await notesOf(school.orgId))[0]?.status).toBe("answered");
  });

  it("refuses a time that overlaps the teacher's time in another round, and changes nothing", async () => {
    const { school, ask } = await setup();
    // A second round the same evening, with the teacher's times there from 19:00 (this one's end).
    const { round: other } = await createRoundWithSlots(db(), school, {
      overrides: { name: "Startgesprekken" },
      teachers: [],
    });
    const window = { date: conversationDay(), from: "19:00", to: "20:00" };
    await addAvailability({ db: db(), orgId: school.orgId, userId: school.teacher.id, roundId: other.id, window });
    const parent = await signIn(ctx, school.parent.email);
    await parent.post(ask, { pupilId: school.child.id, note: "Alleen na 16:00" });
    const [note] = await notesOf(school.orgId);
    const teacher = await signIn(ctx, school.teacher.email);
    const answer = `/conversations/other-times/${note!.id}/answer`;
    const before = await slotsOf(db(), school.orgId, other.id, school.teacher.id);

    const refused = await teacher.post(answer, { time: `${conversationDay()}T19:35` });
    await expectConflict(refused, ["Die tijd overlapt met een ander gesprek van u. Kies een andere tijd."]);
    expect((await notesOf(school.orgId))[0]?.status).toBe("open");
    expect(await slotsOf(db(), school.orgId, other.id, school.teacher.id)).toEqual(before);
  });
});

describe("in a daycare's words", () => {
  it("mails the pm'er's answer and the booking it makes as a daycare speaks, in Dutch and English", async () => {
    const daycare = await createConversationSchool(db(), await createDaycare(db()));
    const { round } = await createRoundWithSlots(db(), daycare);
    const ask = `/conversations/rounds/${round.id}/other-time`;
    await db().update(users).set({ locale: "en" }).where(eq(users.id, daycare.otherParent.id));
    const parent = await signIn(ctx, daycare.parent.email);
    const otherParent = await signIn(ctx, daycare.otherParent.email);
    expect((await parent.post(ask, { pupilId: daycare.child.id, note: "Na 16:00" })).status).toBe(303);
    expect((await otherParent.post(ask, { pupilId: daycare.other.id, note: "After 16:00" })).status).toBe(303);
    const notes = await notesOf(daycare.orgId);
    const noteOf = (pupilId: string) => notes.find((n) => n.pupilId === pupilId)!.id;
    const answer = { time: `${conversationDay()}T16:30`, message: "Tot dan!" };
    const pm = await signIn(ctx, daycare.teacher.email);
    expect((await pm.post(`/conversations/other-times/${noteOf(daycare.child.id)}/answer`, answer)).status).toBe(303);
    const pmOfB = await signIn(ctx, daycare.teacherB.email);
    expect((await pmOfB.post(`/conversations/other-times/${noteOf(daycare.other.id)}/answer`, answer)).status).toBe(
      303,
    );

    const [message, confirmation] = await mailsTo(db(), daycare.parent.email);
    expectChildcareMail(message, ["De pedagogisch medewerker heeft een tijd voor u gepland"]);
    expectChildcareMail(confirmation, ["Het gesprek over Kind Eigen is gepland."]);
    const [englishMessage, englishConfirmation] = await mailsTo(db(), daycare.otherParent.email);
    expectChildcareMail(englishMessage, ["The early years practitioner has scheduled a time for you"]);
    expectChildcareMail(englishConfirmation, ["is booked."]);
  });
});
