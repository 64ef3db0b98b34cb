import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { auditLog } from "../../db/schema/index.js";
import { REMINDER_JOB } from "./service/reminder-schedule.js";
import { createConversationSchool, createRoundWithSlots } from "./testing/fixtures.js";
import { bookingsOf, mailsTo, slotsOf } from "./testing/queries.js";
import { readCalendar } from "../../../tests/helpers/ical.js";
import { expectConfirmationStep } from "../../../tests/helpers/confirm.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { ofOrg } from "../../db/of-org.js";

const ctx = useTestContext();

const db = () => ctx.database.db;

async function setup() {
  const school = await createConversationSchool(db());
  const { round } = await createRoundWithSlots(db(), school);
  const slotsA = await slotsOf(db(), school.orgId, round.id, school.teacher.id);
  const slotsB = await slotsOf(db(), school.orgId, round.id, school.teacherB.id);
  const teacher = await signIn(ctx, school.teacher.email);
  return { school, round, slotsA, slotsB, teacher, base: `/conversations/rounds/${round.id}` };
}

function auditOf(orgId: string, entityId: string) {
  return withOrg(db(), { orgId, userId: null }, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(ofOrg(auditLog, orgId, { entityId })),
  );
}

describe("a teacher placing a family", () => {
  it("places a child without a time in one of their free times; both guardians get the confirmation and a reminder is queued", async () => {
    const { school, round, slotsA, teacher, base } = await setup();
    const overview = await (await teacher.get(base)).text();
    expect(overview).toContain(`${base}/place?pupilId=${school.child.id}`);
    const form = await (await teacher.get(`${base}/place?pupilId=${school.child.id}`)).text();
    expect(form).toContain("Een gezin plaatsen");
    expect(form).not.toContain("Ander Kind");

    const placed = await teacher.post(`${base}/place`, { pupilId: school.child.id, slotId: slotsA[2]!.id });
    expect(placed.status).toBe(303);
    expect(placed.headers.get("location")).toBe(`${base}/schedule`);
    const schedule = await (await teacher.get(`${base}/schedule`)).text();
    expect(schedule).toContain("Het gezin is geplaatst.");
    expect(schedule).toContain("Kind Eigen");

    const [booking] = await bookingsOf(db(), school.orgId, round.id);
    expect(booking?.slot.id).toBe(slotsA[2]!.id);
    for (const email of [school.parent.email, school.partner.email]) {
      const mail = (await mailsTo(db(), email)).find((m) => m.subject === "Bevestiging: gesprek over Kind Eigen");
      expect(readCalendar(mail?.attachments?.[0]?.content as string)).toMatchObject({ method: "REQUEST" });
    }
    const job = ctx.jobs.find(
      (j) => j.name === REMINDER_JOB && (j.data as { bookingId: string }).bookingId === booking!.booking.id,
    );
    expect(job?.startAfter?.getTime()).toBe(slotsA[2]!.startsAt.getTime() - 24 * 3_600_000);
    const [entry] = await auditOf(school.orgId, booking!.booking.id);
    expect(entry).toMatchObject({ userId: school.teacher.id, action: "create", entity: "conversation_booking" });
    expect(entry?.detail).toContain("by teacher");
  });

  it("refuses a child of another group, another teacher's time, a taken time and a child already booked", async () => {
    const { school, round, slotsA, slotsB, teacher, base } = await setup();
    const otherGroup = await teacher.post(`${base}/place`, { pupilId: school.other.id, slotId: slotsA[0]!.id });
    expect(otherGroup.status).toBe(403);
    expect(await otherGroup.text()).toContain("U kunt alleen kinderen uit uw eigen groepen plaatsen.");
    const notMine = await teacher.post(`${base}/place`, { pupilId: school.child.id, slotId: slotsB[0]!.id });
    await expectRefused(notMine, ["Kies een van uw eigen vrije tijden."]);
    expect(await bookingsOf(db(), school.orgId, round.id)).toHaveLength(0);

    const parent = await signIn(ctx, school.parent.email);
    await parent.post(`${base}/book`, { pupilId: school.child.id, slotId: slotsA[0]!.id });
    const again = await teacher.post(`${base}/place`, { pupilId: school.child.id, slotId: slotsA[1]!.id });
    await expectConflict(again, ["Voor dit kind is al een gesprek gepland."]);
    expect(await bookingsOf(db(), school.orgId, round.id)).toHaveLength(1);

    const teacherB = await signIn(ctx, school.teacherB.email);
    const sibling = await teacherB.post(`${base}/place`, { pupilId: school.sibling.id, slotId: slotsB[0]!.id });
    expect(sibling.status).toBe(303);
    const taken = await teacherB.post(`${base}/place`, { pupilId: school.other.id, slotId: slotsB[0]!.id });
    await expectConflict(taken, ["Deze tijd is net bezet."]);
  });

  it("moves and cancels a conversation at their own times, with mail; another teacher cannot touch it", async () => {
    const { school, round, slotsA, teacher, base } = await setup();
    const parent = await signIn(ctx, school.parent.email);
    await parent.post(`${base}/book`, { pupilId: school.child.id, slotId: slotsA[0]!.id });
    const [booking] = await bookingsOf(db(), school.orgId, round.id);
    const manage = `${base}/placements/${booking!.booking.id}`;
    expect(await (await teacher.get(`${base}/schedule`)).text()).toContain(manage);

    const teacherB = await signIn(ctx, school.teacherB.email);
    expect((await teacherB.get(manage)).status).toBe(403);
    expect((await teacherB.post(`${manage}/cancel`)).status).toBe(403);

    expect(await (await teacher.get(manage)).text()).toContain("Gesprek over Kind Eigen");
    const moved = await teacher.post(`${manage}/move`, { slotId: slotsA[3]!.id });
    expect(moved.status).toBe(303);
    const [after] = await bookingsOf(db(), school.orgId, round.id);
    expect(after?.slot.id).toBe(slotsA[3]!.id);
    const changed = (await mailsTo(db(), school.partner.email)).find((m) => m.subject.startsWith("Gewijzigd"));
    expect(readCalendar(changed?.attachments?.[0]?.content as string)).toMatchObject({
      method: "REQUEST",
      sequence: 1,
    });

    await expectConfirmationStep(teacher, manage, `${manage}/cancel`, ["Gesprek over Kind Eigen"]);
    expect((await teacherB.get(`${manage}/cancel`)).status).toBe(403);
    expect((await teacher.post(`${manage}/cancel`)).status).toBe(303);
    expect(await bookingsOf(db(), school.orgId, round.id)).toHaveLength(0);
    const cancelled = (await mailsTo(db(), school.parent.email)).find((m) => m.subject.startsWith("Afgezegd"));
    expect(readCalendar(cancelled?.attachments?.[0]?.content as string)).toMatchObject({ method: "CANCEL" });
    const actions = (await auditOf(school.orgId, booking!.booking.id)).map((e) => `${e.action} ${e.detail}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        `create by parent; slot ${slotsA[0]!.id}`,
        `move by teacher; slot ${slotsA[3]!.id}`,
        `delete by teacher; slot ${slotsA[3]!.id}`,
      ]),
    );
  });
});
