/**
 * Agreements after a three-way conversation: the teacher records them with a follow-up
 * date; the parents read them, add a remark and get the reminder (once, however often the
 * job runs); the next conversation starts from them. Other people get 404 and change nothing.
 */
import { describe, expect, it } from "vitest";
import { jobDeps, lastMailTo, signIn, useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { FOLLOW_UP_JOB, followUpMoment, sendFollowUpReminders, type FollowUpJob } from "./service/follow-up.js";
import { conversationDay, createRoundWithSlots } from "./testing/fixtures.js";
import { bookedConversation } from "./testing/preparation-fixtures.js";
import { bookingsOf, mailsTo, slotsOf } from "./testing/queries.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

const answers = (text: string) => ({ goesWell: text, hard: "", need: "", canDo: "", ask: "" });

describe("agreements and the follow-up", () => {
  it("are recorded by the teacher, read and remarked on by the parents, and reminded once on the follow-up date", async () => {
    const { school, parent, base, bookingId } = await bookedConversation(ctx);
    const teacher = await signIn(ctx, school.teacher.email);
    const followUpOn = conversationDay(30);
    const saved = await teacher.post(`${base}/agreements`, {
      "party-0": "pupil",
      "what-0": "Elke dag tien minuten lezen",
      "due-0": conversationDay(20),
      "party-2": "teacher",
      "what-2": "Een leesmaatje regelen",
      followUpOn,
    });
    expect(saved.status).toBe(303);
    const queued = ctx.jobs.filter((j) => j.name === FOLLOW_UP_JOB);
    expect(queued).toHaveLength(1);
    expect(queued[0]!.startAfter).toEqual(followUpMoment(followUpOn));

    const seen = await (await parent.get(`${base}/agreements`)).text();
    expect(seen).toContain("Leerling:</strong> Elke dag tien minuten lezen");
    expect(seen).toContain("Leraar:</strong> Een leesmaatje regelen");
    expect((await parent.post(`${base}/agreements/remark`, { remark: "Wij lezen voor het slapen" })).status).toBe(303);
    expect(await (await teacher.get(`${base}/agreements`)).text()).toContain("Wij lezen voor het slapen");

    const deps = jobDeps(ctx);
    const job = queued[0]!.data as FollowUpJob;
    expect(await sendFollowUpReminders(deps, job, new Date(followUpMoment(followUpOn).getTime() - 60_000))).toBe(0);
    const due = new Date(followUpMoment(followUpOn).getTime() + 60_000);
    expect(await sendFollowUpReminders(deps, job, due)).toBe(3);
    for (const email of [school.parent.email, school.partner.email, school.teacher.email]) {
      const mail = await lastMailTo(ctx, email);
      expect(mail?.subject).toBe("Terugkijken op de afspraken over Kind Eigen");
      expect(mail?.text).toContain("- Leerling: Elke dag tien minuten lezen");
      expect(mail?.text).toContain(`/conversations/bookings/${bookingId}/agreements`);
    }
    // Run again (a retry): nobody gets it twice.
    expect(await sendFollowUpReminders(deps, job, due)).toBe(0);
    const reminders = (await mailsTo(ctx.database.db, school.parent.email)).filter((m) =>
      m.subject.startsWith("Terugkijken"),
    );
    expect(reminders).toHaveLength(1);
    expect(await lastMailTo(ctx, school.otherParent.email)).toBeNull();

    // A changed date: the old job does nothing, the new one is queued.
    await teacher.post(`${base}/agreements`, {
      "party-0": "parent",
      "what-0": "Samen lezen",
      followUpOn: conversationDay(40),
    });
    expect(ctx.jobs.filter((j) => j.name === FOLLOW_UP_JOB)).toHaveLength(2);
    expect(await sendFollowUpReminders(deps, job, new Date(Date.now() + 400 * 86_400_000))).toBe(0);
  });

  it("refuses half-filled rows, a past follow-up date and empty remarks, storing nothing", async () => {
    const { school, parent, base, bookingId } = await bookedConversation(ctx);
    const teacher = await signIn(ctx, school.teacher.email);
    const half = await teacher.post(`${base}/agreements`, { "what-0": "Zonder wie", followUpOn: "" });
    await expectRefused(half, ["Kies wie dit doet."]);
    const none = await teacher.post(`${base}/agreements`, {});
    expect(await none.text()).toContain("Vul minstens één afspraak in.");
    const past = await teacher.post(`${base}/agreements`, {
      "party-0": "school",
      "what-0": "Iets",
      followUpOn: "2020-01-01",
    });
    await expectRefused(past, ["Kies vandaag of een latere dag."]);
    await expectRefused(await teacher.post(`${base}/agreements`, { "party-0": "school", "what-0": "x".repeat(501) }), [
      "Dit is te lang: hoogstens 500 tekens.",
    ]);
    await expectRefused(
      await teacher.post(`${base}/agreements`, { "party-0": "school", "what-0": "Iets", followUpOn: "01-01-9999" }),
      ["Vul een datum in tussen 1900 en 2999."],
    );
    const tampered = await teacher.post(`${base}/agreements`, { "party-0": "hacker", "what-0": "Iets" });
    expect(tampered.status).toBe(422);
    expect(await (await parent.get(`${base}/agreements`)).text()).toContain("Er zijn nog geen afspraken vastgelegd.");
    expect(
      ctx.jobs.filter((j) => j.name === FOLLOW_UP_JOB && (j.data as FollowUpJob).bookingId === bookingId),
    ).toHaveLength(0);

    const early = await parent.post(`${base}/agreements/remark`, { remark: "Te vroeg" });
    await expectRefused(early, ["Er zijn nog geen afspraken om op te reageren."]);
    await teacher.post(`${base}/agreements`, { "party-0": "school", "what-0": "Iets" });
    const empty = await parent.post(`${base}/agreements/remark`, { remark: "  " });
    await expectRefused(empty, ["Vul dit veld in."]);
  });

  it("names the row of each error in the summary, in Dutch and English", async () => {
    const { school, base } = await bookedConversation(ctx);
    const teacher = await signIn(ctx, school.teacher.email);
    const rows = { "party-0": "school", "what-0": "Eerste", "what-1": "Zonder wie" };
    const dutch = await expectRefused(await teacher.post(`${base}/agreements`, rows));
    expect(dutch).toContain('href="#field-party-1">Afspraak 2: wie doet het? Kies wie dit doet.</a>');
    await teacher.post("/language", { locale: "en", back: "/conversations" });
    const english = await expectRefused(await teacher.post(`${base}/agreements`, rows));
    expect(english).toContain('href="#field-party-1">Agreement 2: who does it?');
  });

  it("start the next conversation with the same child from the previous agreements", async () => {
    const first = await bookedConversation(ctx);
    const teacher = await signIn(ctx, first.school.teacher.email);
    await teacher.post(`${first.base}/agreements`, { "party-0": "parent", "what-0": "Elke week de agenda bekijken" });

    const db = ctx.database.db;
    const { round } = await createRoundWithSlots(db, first.school, { day: 11 });
    // The next round's conversation lies later than the first one.
    await withOrg(db, { orgId: first.school.orgId, userId: null }, (tx) =>
      tx.execute(
        `update conversation_slots set starts_at = starts_at + interval '30 days', ends_at = ends_at + interval '30 days' where round_id = '${round.id}'`,
      ),
    );
    const [slot] = await slotsOf(db, first.school.orgId, round.id, first.school.teacher.id);
    await first.parent.post(`/conversations/rounds/${round.id}/book`, {
      pupilId: first.school.child.id,
      slotId: slot!.id,
    });
    const [booked] = await bookingsOf(db, first.school.orgId, round.id);
    const next = booked!.booking.id;
    for (const client of [first.parent, teacher]) {
      const path = client === teacher ? "conversation" : "prepare/parent";
      const page = await (await client.get(`/conversations/bookings/${next}/${path}`)).text();
      expect(page).toContain("Afspraken van het vorige gesprek");
      expect(page).toContain("Elke week de agenda bekijken");
    }
  });
});

describe("who may see a conversation's guide", () => {
  it("answers 404 to other parents, other teachers and other organisations, and changes nothing", async () => {
    const { school, base } = await bookedConversation(ctx);
    const teacher = await signIn(ctx, school.teacher.email);
    await teacher.post(`${base}/agreements`, { "party-0": "school", "what-0": "Gesprek met de IB'er" });
    const other = await bookedConversation(ctx);

    const otherParent = await signIn(ctx, school.otherParent.email);
    const teacherB = await signIn(ctx, school.teacherB.email);
    const leader = await signIn(ctx, school.leader.email);
    const foreignTeacher = await signIn(ctx, other.school.teacher.email);
    for (const client of [otherParent, teacherB, leader, foreignTeacher, other.parent]) {
      for (const path of ["prepare/parent", "prepare/pupil", "prepare/teacher", "conversation", "agreements"]) {
        const response = await client.get(`${base}/${path}`);
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain("Kind Eigen");
      }
      for (const [path, form] of [
        ["prepare/pupil", answers("Van een ander")],
        ["prepare/teacher", answers("Van een ander")],
        ["agreements", { "party-0": "school", "what-0": "Overschreven" }],
        ["agreements/remark", { remark: "Van een ander" }],
      ] as const) {
        expect((await client.post(`${base}/${path}`, form)).status).toBe(404);
      }
    }
    const page = await (await teacher.get(`${base}/agreements`)).text();
    expect(page).toContain("Gesprek met de IB&#39;er");
    expect(page).not.toContain("Overschreven");
    expect(page).not.toContain("Van een ander");
  });
});
