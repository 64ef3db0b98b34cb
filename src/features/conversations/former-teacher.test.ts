/**
 * A teacher who deletes their account: the families with a conversation still ahead with them are
 * told once (not those whose conversation is past, nor a free time), in their language and in a
 * daycare's words; and the school hands the former teacher's times to a teacher of the round's
 * groups, all or nothing, refused when that teacher already has a time then. Only who may edit the
 * round may, in their own organisation.
 */
import { describe, expect, it } from "vitest";
import { eq, isNull } from "drizzle-orm";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";
import { createDaycare, expectChildcareMail } from "../../../tests/helpers/wording.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { withOrg } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { auditLog, conversationBookings, conversationSlots, users } from "../../db/schema/index.js";
import {
  createConversationSchool,
  createRoundWithSlots,
  newTeacherOfGroupA,
  quietMessenger,
  type ConversationSchool,
} from "./testing/fixtures.js";
import { bookingsOf, mailsTo, slotsOf } from "./testing/queries.js";
import { tellFamiliesTeacherLeft } from "./service/former-teacher.js";
import { formatSlot } from "../../lib/time/format.js";

const ctx = useTestContext();
const db = () => ctx.database.db;
const DAY = 24 * 3_600_000;

const LEFT_SUBJECT = /werkt niet meer op school/;

/** A round where the family booked group A's teacher's first time; group A's teacher then deletes their account. */
async function teacherLeaves(school?: ConversationSchool) {
  const s = school ?? (await createConversationSchool(db()));
  const { round } = await createRoundWithSlots(db(), s);
  const [slot] = await slotsOf(db(), s.orgId, round.id, s.teacher.id);
  const parent = await signIn(ctx, s.parent.email);
  expect(
    (await parent.post(`/conversations/rounds/${round.id}/book`, { pupilId: s.child.id, slotId: slot!.id })).status,
  ).toBe(303);
  return { school: s, round, slot: slot!, parent };
}

async function deleteTeacher(school: ConversationSchool) {
  const teacher = await signIn(ctx, school.teacher.email);
  expect((await teacher.post("/account/delete", { email: school.teacher.email })).status).toBe(303);
}

/** A conversation of the other family with group A's teacher that took place two days ago. */
async function pastConversation(school: ConversationSchool, roundId: string) {
  await withOrg(db(), { orgId: school.orgId, userId: null }, async (tx) => {
    const startsAt = new Date(Date.now() - 2 * DAY);
    const [slot] = await tx
      .insert(conversationSlots)
      .values({
        orgId: school.orgId,
        roundId,
        teacherId: school.teacher.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 600_000),
      })
      .returning();
    await tx.insert(conversationBookings).values({
      orgId: school.orgId,
      roundId,
      slotId: slot!.id,
      pupilId: school.other.id,
      guardianId: school.otherGuardian.id,
      separate: false,
    });
  });
}

/** The values of the ticked checkboxes named `name` in a page. */
const tickedIn = (html: string, name: string) =>
  [...html.matchAll(/<input [^>]*>/g)]
    .map(([input]) => input)
    .filter((input) => input.includes(`name="${name}"`) && / checked=""/.test(input))
    .map((input) => /value="([^"]*)"/.exec(input)?.[1] ?? "");

const setLanguage = async (who: Awaited<ReturnType<typeof signIn>>, locale: "nl" | "en") =>
  expect((await who.post("/language", { locale, back: "/home" })).status).toBe(303);

const teacherlessSlots = (school: ConversationSchool, roundId: string) =>
  withOrg(db(), { orgId: school.orgId, userId: null }, (tx) =>
    tx
      .select()
      .from(conversationSlots)
      .where(ofOrg(conversationSlots, school.orgId, { roundId }, isNull(conversationSlots.teacherId))),
  );

describe("a teacher who deletes their account", () => {
  it("tells the guardians of their conversations still ahead, once, and nobody else", async () => {
    const { school, round } = await teacherLeaves();
    await pastConversation(school, round.id);
    await db().update(users).set({ locale: "en" }).where(eq(users.id, school.partner.id));
    await deleteTeacher(school);

    const [mail] = (await mailsTo(db(), school.parent.email)).filter((m) => LEFT_SUBJECT.test(m.subject));
    expect(mail?.subject).toBe("Gesprek over Kind Eigen: Leraar werkt niet meer op school");
    expect(mail?.text).toContain("de school regelt met wie u het gesprek voert");
    expect(mail?.text).toContain(`/conversations/rounds/${round.id}/book`);
    expect(mail?.kind).toBe("conversation.changed");
    const english = await mailsTo(db(), school.partner.email);
    expect(english.map((m) => m.subject)).toContain(
      "Conversation about Kind Eigen: Leraar no longer works at the school",
    );
    // Past conversation and free times: nothing.
    expect(await mailsTo(db(), school.otherGuardian.email!)).toEqual([]);
    expect((await mailsTo(db(), school.parent.email)).filter((m) => LEFT_SUBJECT.test(m.subject))).toHaveLength(1);

    // Once: the times have no teacher any more, so nothing names them again.
    await withOrg(db(), { orgId: school.orgId, userId: null }, (tx) =>
      tellFamiliesTeacherLeft(tx, school.orgId, {
        userId: school.teacher.id,
        now: new Date(),
        deps: { config: ctx.config, jobs: quietMessenger.jobs },
      }),
    );
    expect((await mailsTo(db(), school.parent.email)).filter((m) => LEFT_SUBJECT.test(m.subject))).toHaveLength(1);
  });

  it("speaks a daycare's words", async () => {
    const daycare = await createConversationSchool(db(), await createDaycare(db()));
    await teacherLeaves(daycare);
    await deleteTeacher(daycare);
    const [mail] = (await mailsTo(db(), daycare.parent.email)).filter((m) => /werkt niet meer/.test(m.subject));
    expectChildcareMail(mail, [
      "Sanne Pm werkt niet meer bij de opvang",
      "de opvang regelt met wie u het gesprek voert",
    ]);
  });
});

describe("a teacher the school removes from its team", () => {
  it("frees their times still ahead for a hand-over, tells the families booked in them, and keeps the past", async () => {
    const { school, round } = await teacherLeaves();
    await pastConversation(school, round.id);
    const leader = await signIn(ctx, school.leader.email);
    const removed = await leader.post(`/organisation/staff/${school.teacher.id}/remove`);
    expect(removed.status).toBe(303);

    const [mail] = (await mailsTo(db(), school.parent.email)).filter((m) => LEFT_SUBJECT.test(m.subject));
    expect(mail?.subject).toBe("Gesprek over Kind Eigen: Leraar werkt niet meer op school");
    expect(await mailsTo(db(), school.otherGuardian.email!)).toEqual([]);
    // The six times of the evening have no teacher now; the conversation two days ago keeps its teacher.
    expect(await teacherlessSlots(school, round.id)).toHaveLength(6);
    expect(await slotsOf(db(), school.orgId, round.id, school.teacher.id)).toHaveLength(1);
    const page = await (await leader.get(`/conversations/rounds/${round.id}`)).text();
    expect(page).toContain("Tijden van een voormalige leraar");
    expect(page).toContain(`geboekt voor Kind Eigen (${school.groupA.name})`);
  });
});

describe("handing a former teacher's times over", () => {
  async function handOverSetup() {
    const left = await teacherLeaves();
    await deleteTeacher(left.school);
    const leader = await signIn(ctx, left.school.leader.email);
    return { ...left, leader, base: `/conversations/rounds/${left.round.id}` };
  }

  it("shows the times without a teacher and gives them to a teacher of the round's groups; the family is told", async () => {
    const { school, round, leader, base } = await handOverSetup();
    const nieuw = await newTeacherOfGroupA(db(), school);
    const free = await teacherlessSlots(school, round.id);
    expect(free).toHaveLength(6);
    const page = await (await leader.get(base)).text();
    expect(page).toContain("Tijden van een voormalige leraar");
    // With their groups, so the leader can tell whose times they were and who teaches those children.
    expect(page).toContain(`geboekt voor Kind Eigen (${school.groupA.name})`);
    expect(page).toContain(`<option value="${nieuw.id}">Juf Nieuw (${school.groupA.name})</option>`);
    expect(page).toContain(`Meester B (${school.groupB.name})`);
    expect(page).toContain(`action="${base}/hand-over"`);

    const response = await leader.post(`${base}/hand-over`, { teacherId: nieuw.id, slotIds: free.map((s) => s.id) });
    expect(response.status).toBe(303);
    expect(await teacherlessSlots(school, round.id)).toEqual([]);
    expect(await slotsOf(db(), school.orgId, round.id, nieuw.id)).toHaveLength(6);
    const [booking] = await bookingsOf(db(), school.orgId, round.id);
    expect(booking?.slot.teacherId).toBe(nieuw.id);
    expect(booking?.booking.sequence).toBe(1);

    const [mail] = (await mailsTo(db(), school.parent.email)).filter((m) => /Nu met/.test(m.subject));
    expect(mail?.subject).toBe("Nu met Juf Nieuw: gesprek over Kind Eigen");
    expect(mail?.text).toContain("is nu met Juf Nieuw");
    const entries = await withOrg(db(), { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(ofOrg(auditLog, school.orgId, { entityId: round.id })),
    );
    expect(entries.map((e) => `${e.action} ${e.detail}`)).toContainEqual(
      `update handOver: 6 times to ${nieuw.id}, 1 booked`,
    );
    expect(await (await leader.get(base)).text()).not.toContain("Tijden van een voormalige leraar");
  });

  it("refuses a teacher who already has a time then, and changes nothing", async () => {
    const { school, round, base, leader } = await handOverSetup();
    const free = await teacherlessSlots(school, round.id);
    const before = await mailsTo(db(), school.parent.email);
    // Group B's teacher has their own times that same evening.
    const response = await leader.post(`${base}/hand-over`, {
      teacherId: school.teacherB.id,
      slotIds: free.map((s) => s.id),
    });
    // One span for the evening's six times back to back, not each of them.
    const ordered = [...free].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const evening = formatSlot("nl", ordered[0]!.startsAt, ordered.at(-1)!.endsAt);
    await expectConflict(response, [
      `Meester B heeft zelf al gesprekstijden op ${evening}. Er is niets overgedragen`,
      "Er is niets overgedragen",
    ]);
    expect(await teacherlessSlots(school, round.id)).toHaveLength(6);
    expect(await mailsTo(db(), school.parent.email)).toHaveLength(before.length);
  });

  it("shows the form again as it was sent when it refuses: the times ticked and the teacher chosen", async () => {
    const { school, round, base, leader } = await handOverSetup();
    await newTeacherOfGroupA(db(), school);
    const free = await teacherlessSlots(school, round.id);
    const chosen = free.slice(0, 2).map((s) => s.id);
    const html = await expectConflict(
      await leader.post(`${base}/hand-over`, { teacherId: school.teacherB.id, slotIds: chosen }),
      ["Meester B heeft zelf al gesprekstijden op"],
    );
    // Said just above the form it is about, not at the top of a long page far from it.
    const alert = html.indexOf('class="error-summary"');
    expect(alert).toBeGreaterThan(html.indexOf("Leraren en tijden</h2>"));
    expect(html.slice(alert).match(/<h2[^>]*>/g)?.[1]).toBe('<h2 id="hand-over">');
    expect(tickedIn(html, "slotIds").sort()).toEqual([...chosen].sort());
    expect(html).toMatch(new RegExp(`<option value="${school.teacherB.id}" selected="">`));
    const none = await expectRefused(await leader.post(`${base}/hand-over`, { teacherId: school.teacherB.id }), [
      "Kies minstens één tijd.",
    ]);
    expect(tickedIn(none, "slotIds")).toEqual([]);
    expect(none).toMatch(new RegExp(`<option value="${school.teacherB.id}" selected="">`));
  });

  it("names the times that fall together when two former teachers' times are chosen at once", async () => {
    const { school, round, base, leader } = await handOverSetup();
    const nieuw = await newTeacherOfGroupA(db(), school);
    const teacherB = await signIn(ctx, school.teacherB.email);
    expect((await teacherB.post("/account/delete", { email: school.teacherB.email })).status).toBe(303);
    const free = await teacherlessSlots(school, round.id);
    expect(free).toHaveLength(12);
    const ordered = [...free].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const evening = formatSlot("nl", ordered[0]!.startsAt, ordered.at(-1)!.endsAt);
    const html = await expectRefused(
      await leader.post(`${base}/hand-over`, { teacherId: nieuw.id, slotIds: free.map((s) => s.id) }),
      [`Enkele gekozen tijden vallen samen, op ${evening}:`, "Er is niets overgedragen"],
    );
    expect(tickedIn(html, "slotIds")).toHaveLength(12);
    await setLanguage(leader, "en");
    const english = await expectRefused(
      await leader.post(`${base}/hand-over`, { teacherId: nieuw.id, slotIds: free.map((s) => s.id) }),
      [`Some of the chosen times fall together, on ${formatSlot("en", ordered[0]!.startsAt, ordered.at(-1)!.endsAt)}`],
    );
    expect(english).toContain(`booked for Kind Eigen (${school.groupA.name})`);
  });

  it("refuses a teacher of no group of the round, and times that have a teacher", async () => {
    const { school, round, base, leader } = await handOverSetup();
    const free = await teacherlessSlots(school, round.id);
    const stranger = await createUser(db(), { name: "Elders" });
    const response = await leader.post(`${base}/hand-over`, { teacherId: stranger.id, slotIds: [free[0]!.id] });
    await expectRefused(response, ["Kies een leraar van een van de groepen van deze ronde"]);
    const [taken] = await slotsOf(db(), school.orgId, round.id, school.teacherB.id);
    const nieuw = await newTeacherOfGroupA(db(), school);
    const notFormer = await leader.post(`${base}/hand-over`, {
      teacherId: nieuw.id,
      slotIds: [free[0]!.id, taken!.id],
    });
    await expectConflict(notFormer, ["Er is niets overgedragen"]);
    expect(await teacherlessSlots(school, round.id)).toHaveLength(6);
    expect(await slotsOf(db(), school.orgId, round.id, school.teacherB.id)).toHaveLength(6);
  });

  it("hands a time named twice in the form over once, as a browser never sends it", async () => {
    const { school, round, base, leader } = await handOverSetup();
    const nieuw = await newTeacherOfGroupA(db(), school);
    const [first, second] = await teacherlessSlots(school, round.id);
    const response = await leader.post(`${base}/hand-over`, {
      teacherId: nieuw.id,
      slotIds: [first!.id, first!.id, second!.id],
    });
    expect(response.status).toBe(303);
    expect((await slotsOf(db(), school.orgId, round.id, nieuw.id)).map((s) => s.id).sort()).toEqual(
      [first!.id, second!.id].sort(),
    );
    expect(await teacherlessSlots(school, round.id)).toHaveLength(4);
  });

  it("is not for another school's leader, a teacher or a parent", async () => {
    const { school, round, base, parent } = await handOverSetup();
    const nieuw = await newTeacherOfGroupA(db(), school);
    const free = await teacherlessSlots(school, round.id);
    const form = { teacherId: nieuw.id, slotIds: free.map((s) => s.id) };
    const elsewhere = await createSchool(db());
    const otherLeader = await signIn(ctx, elsewhere.leader.email);
    expect((await otherLeader.post(`${base}/hand-over`, form)).status).toBe(404);
    expect((await parent.post(`${base}/hand-over`, form)).status).toBe(403);
    const teacherB = await signIn(ctx, school.teacherB.email);
    expect((await teacherB.post(`${base}/hand-over`, form)).status).toBe(403);
    expect(await (await teacherB.get(base)).text()).not.toContain("hand-over");
    expect(await teacherlessSlots(school, round.id)).toHaveLength(6);
  });
});
