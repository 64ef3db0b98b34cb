import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { auditLog, conversationRounds } from "../../db/schema/index.js";
import { utcToLocal } from "../../lib/time/zone.js";
import { REMINDER_JOB, type ReminderJob } from "./service/reminder-schedule.js";
import { createConversationSchool, createRoundWithSlots } from "./testing/fixtures.js";
import { bookingsOf, mailsTo, slotsOf } from "./testing/queries.js";
import { readCalendar } from "../../../tests/helpers/ical.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { ofOrg } from "../../db/of-org.js";

const ctx = useTestContext();

const db = () => ctx.database.db;
const local = (at: Date) => `${utcToLocal(at).date}T${utcToLocal(at).time}`;

async function setup() {
  const school = await createConversationSchool(db());
  const { round } = await createRoundWithSlots(db(), school);
  const leader = await signIn(ctx, school.leader.email);
  return { school, round, leader, base: `/conversations/rounds/${round.id}` };
}

function formOf(round: { name: string; opensAt: Date; closesAt: Date; changeDeadline: Date }, changes = {}) {
  return {
    name: round.name,
    slotMinutes: "10",
    bufferMinutes: "5",
    toleranceMinutes: "15",
    opensAt: local(round.opensAt),
    closesAt: local(round.closesAt),
    changeDeadline: local(round.changeDeadline),
    reminderHours: "24",
    ...changes,
  };
}

const roundRow = (orgId: string, roundId: string) =>
  withOrg(db(), { orgId, userId: null }, async (tx) => {
    const [row] = await tx
      .select()
      .from(conversationRounds)
      .where(ofOrg(conversationRounds, orgId, { id: roundId }));
    return row;
  });

describe("editing a round", () => {
  it("changes the name, times and slot length while nobody has booked; the slots are made again", async () => {
    const { school, round, leader, base } = await setup();
    const page = await (await leader.get(`${base}/edit`)).text();
    expect(page).toContain("Gespreksronde wijzigen");
    expect(page).toContain(`value="${round.name}"`);

    const saved = await leader.post(`${base}/edit`, formOf(round, { name: "Rapportgesprekken", slotMinutes: "15" }));
    expect(saved.status).toBe(303);
    expect(await (await leader.get(base)).text()).toContain("Rapportgesprekken");
    // 18:00–19:00 in 15 minutes: four slots instead of six.
    expect(await slotsOf(db(), school.orgId, round.id, school.teacher.id)).toHaveLength(4);
    const entries = await withOrg(db(), { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(ofOrg(auditLog, school.orgId, { entityId: round.id })),
    );
    // The form has whole minutes, so the times count as changed too.
    expect(entries.map((e) => `${e.action} ${e.detail}`)).toEqual([
      expect.stringMatching(/^update name, slotSettings/),
    ]);
  });

  it("refuses a new slot length once someone booked, and wrong dates, with clear messages; a teacher may not edit", async () => {
    const { school, round, leader, base } = await setup();
    const [slot] = await slotsOf(db(), school.orgId, round.id, school.teacher.id);
    const parent = await signIn(ctx, school.parent.email);
    await parent.post(`${base}/book`, { pupilId: school.child.id, slotId: slot!.id });

    const longer = await leader.post(`${base}/edit`, formOf(round, { slotMinutes: "20" }));
    await expectRefused(longer, ["De lengte van een gesprek of de pauzes kunnen niet meer veranderen"]);
    const backwards = await leader.post(`${base}/edit`, formOf(round, { closesAt: local(round.opensAt) }));
    await expectRefused(backwards, ["Het inschrijven moet sluiten na het openen."]);
    expect((await roundRow(school.orgId, round.id))?.slotSettings.slotMinutes).toBe(10);

    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.get(`${base}/edit`)).status).toBe(403);
    expect((await teacher.post(`${base}/delete`)).status).toBe(403);

    const earlier = await leader.post(`${base}/edit`, formOf(round, { reminderHours: "48" }));
    expect(earlier.status).toBe(303);
    const [booking] = await bookingsOf(db(), school.orgId, round.id);
    const jobs = ctx.jobs.filter(
      (j) => j.name === REMINDER_JOB && (j.data as ReminderJob).bookingId === booking!.booking.id,
    );
    expect(jobs.map((j) => j.startAfter?.getTime())).toContain(slot!.startsAt.getTime() - 48 * 3_600_000);
  });
});

describe("deleting a round", () => {
  it("asks first, then deletes it; the guardians of its conversations get a cancellation for their calendar", async () => {
    const { school, round, leader, base } = await setup();
    const [slot] = await slotsOf(db(), school.orgId, round.id, school.teacher.id);
    const parent = await signIn(ctx, school.parent.email);
    await parent.post(`${base}/book`, { pupilId: school.child.id, slotId: slot!.id });

    const ask = await (await leader.get(`${base}/delete`)).text();
    expect(ask).toContain("Er is 1 gesprek gekozen.");
    const deleted = await leader.post(`${base}/delete`);
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get("location")).toBe("/conversations");
    expect(await roundRow(school.orgId, round.id)).toBeUndefined();
    expect((await leader.get(base)).status).toBe(404);
    for (const email of [school.parent.email, school.partner.email]) {
      const mail = (await mailsTo(db(), email)).find((m) => m.subject === "Afgezegd: gesprek over Kind Eigen");
      expect(readCalendar(mail?.attachments?.[0]?.content as string)).toMatchObject({ method: "CANCEL" });
    }
  });
});
