/**
 * Queues the reminder of a booking: one job per booking and version of it (its sequence),
 * starting at the reminder time. The job checks again when it runs (service/reminders.ts), so
 * a booking that was cancelled or moved meanwhile gets no reminder from the old job.
 */
import type { Executor } from "../../../db/client.js";
import type { Jobs } from "../../../jobs/queue.js";
import { reminderJob } from "../reminder-jobs.js";
import type { ReminderJob } from "./job-data.js";

export { REMINDER_JOB, type ReminderJob } from "./job-data.js";

interface Remindable {
  orgId: string;
  bookingId: string;
  sequence: number;
  remindAt: Date | null;
}

/**
 * Queues a reminder for each booking whose reminder time is still ahead; a booking made
 * after that time (the day itself) needs none, its confirmation has just arrived.
 */
export async function scheduleReminders(
  executor: Executor,
  messenger: { jobs: Pick<Jobs, "send"> },
  bookings: readonly Remindable[],
  now = new Date(),
): Promise<void> {
  for (const booking of bookings) {
    if (!booking.remindAt || booking.remindAt <= now) continue;
    const job: ReminderJob = { orgId: booking.orgId, bookingId: booking.bookingId, sequence: booking.sequence };
    await messenger.jobs.send(executor, reminderJob, job, { startAfter: booking.remindAt });
  }
}
