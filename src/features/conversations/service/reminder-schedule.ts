/**
 * Queues the reminder of a booking: one job per booking and version of it (its sequence),
 * starting at the reminder time. The job checks again when it runs (service/reminders.ts), so
 * a booking that was cancelled or moved meanwhile gets no reminder from the old job.
 */
import type { Jobs } from "../../../jobs/queue.js";

export const REMINDER_JOB = "conversation-reminder";

/** A job's data: which booking, in which version; never anything personal. */
export interface ReminderJob {
  orgId: string;
  bookingId: string;
  sequence: number;
}

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
  messenger: { jobs: Pick<Jobs, "send"> },
  bookings: readonly Remindable[],
  now = new Date(),
): Promise<void> {
  for (const booking of bookings) {
    if (!booking.remindAt || booking.remindAt <= now) continue;
    const job: ReminderJob = { orgId: booking.orgId, bookingId: booking.bookingId, sequence: booking.sequence };
    await messenger.jobs.send(REMINDER_JOB, job, { startAfter: booking.remindAt });
  }
}
