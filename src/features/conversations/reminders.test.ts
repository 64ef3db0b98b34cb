import pino from "pino";
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createMailer } from "../../mail/mailer.js";
import { REMINDER_JOB, type ReminderJob } from "./service/reminder-schedule.js";
import { sendReminder } from "./service/reminders.js";
import { createConversationSchool, createRoundWithSlots, quietMessenger } from "./testing/fixtures.js";
import { bookingsOf, mailsTo, slotsOf } from "./testing/queries.js";
import { readCalendar } from "../../../tests/helpers/ical.js";

const ctx = useTestContext();

const db = () => ctx.database.db;
const HOUR = 3_600_000;

/** The worker's deps: the test database's outbox, and a queue that records what it is given. */
function workerDeps() {
  const logger = pino({ level: "silent" });
  const mailer = createMailer({ db: db(), logger, from: "samen@test", printToConsole: false });
  const messenger = { ...quietMessenger, mailer, logger };
  return { db: db(), messenger };
}

const reminderJobsFor = (bookingId: string) =>
  ctx.jobs
    .filter((j) => j.name === REMINDER_JOB && (j.data as ReminderJob).bookingId === bookingId)
    .map((j) => ({ data: j.data as ReminderJob, at: j.startAfter! }));

async function bookedRound(overrides = {}) {
  const school = await createConversationSchool(db());
  const { round } = await createRoundWithSlots(db(), school, { overrides });
  const slots = await slotsOf(db(), school.orgId, round.id, school.teacher.id);
  const parent = await signIn(ctx, school.parent.email);
  const base = `/conversations/rounds/${round.id}`;
  await parent.post(`${base}/book`, { pupilId: school.child.id, slotId: slots[0]!.id });
  const [booking] = await bookingsOf(db(), school.orgId, round.id);
  return { school, round, slots, parent, base, bookingId: booking!.booking.id };
}

const reminders = async (email: string) =>
  (await mailsTo(db(), email)).filter((m) => m.subject === "Herinnering: gesprek over Kind Eigen");

describe("the reminder before a conversation", () => {
  it("mails both guardians once, the day before, with the calendar invitation, however often the job runs", async () => {
    const { school, slots, bookingId } = await bookedRound();
    const [job] = reminderJobsFor(bookingId);
    expect(job?.at.getTime()).toBe(slots[0]!.startsAt.getTime() - 24 * HOUR);

    expect(await sendReminder(workerDeps(), job!.data, job!.at)).toBe(true);
    const runs = await Promise.all([1, 2, 3].map(() => sendReminder(workerDeps(), job!.data, job!.at)));
    expect(runs).toEqual([false, false, false]);
    for (const email of [school.parent.email, school.partner.email]) {
      const mails = await reminders(email);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.text).toContain("Met: Leraar");
      expect(readCalendar(mails[0]?.attachments?.[0]?.content as string)).toMatchObject({ method: "REQUEST" });
    }
  });

  it("sends nothing for a moved or cancelled booking, and the moved one gets its own reminder", async () => {
    const { school, slots, parent, bookingId } = await bookedRound();
    const [first] = reminderJobsFor(bookingId);
    await parent.post(`/conversations/bookings/${bookingId}/change`, { slotId: slots[2]!.id });
    expect(await sendReminder(workerDeps(), first!.data, first!.at)).toBe(false);
    const moved = reminderJobsFor(bookingId).find((j) => j.data.sequence === 1);
    expect(moved?.at.getTime()).toBe(slots[2]!.startsAt.getTime() - 24 * HOUR);

    await parent.post(`/conversations/bookings/${bookingId}/cancel`);
    expect(await sendReminder(workerDeps(), moved!.data, moved!.at)).toBe(false);
    expect(await reminders(school.parent.email)).toHaveLength(0);
  });

  it("follows the round's setting: none with 0 hours, and never once the conversation has begun", async () => {
    const none = await bookedRound({ reminderHours: 0 });
    expect(reminderJobsFor(none.bookingId)).toEqual([]);

    const { slots, bookingId, school } = await bookedRound({ reminderHours: 2 });
    const [job] = reminderJobsFor(bookingId);
    expect(job?.at.getTime()).toBe(slots[0]!.startsAt.getTime() - 2 * HOUR);
    expect(await sendReminder(workerDeps(), job!.data, new Date(job!.at.getTime() - HOUR))).toBe(false);
    expect(await sendReminder(workerDeps(), job!.data, slots[0]!.startsAt)).toBe(false);
    expect(await reminders(school.parent.email)).toHaveLength(0);
  });
});
