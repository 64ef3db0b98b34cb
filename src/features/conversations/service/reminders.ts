/**
 * The reminder before a conversation, sent by the job queued at booking time. It checks at
 * send time: a cancelled booking is gone, a moved one has a newer sequence (and its own job),
 * a round that no longer reminds or a conversation already begun gets nothing. The job claims
 * its row in conversation_reminders in the transaction that records the mail, so however
 * often it runs, a reminder for one version of a booking is mailed once.
 */
import { withOrg, type Db } from "../../../db/client.js";
import { conversationReminders } from "../../../db/schema/index.js";
import { loadNotices, notifyBookings, type BookingNotice, type Messenger } from "./notices.js";
import type { ReminderJob } from "./reminder-schedule.js";

/** Sends the reminder if it is still due; returns whether it went out. */
export async function sendReminder(
  deps: { db: Db; messenger: Messenger },
  job: ReminderJob,
  now = new Date(),
): Promise<boolean> {
  return withOrg(deps.db, { orgId: job.orgId, userId: null }, async (tx) => {
    const [current] = await loadNotices(tx, job.orgId, [job.bookingId]);
    if (!current || !isDue(current, job, now)) return false;
    const claimed = await tx
      .insert(conversationReminders)
      .values({ orgId: job.orgId, bookingId: job.bookingId, sequence: job.sequence })
      .onConflictDoNothing()
      .returning({ bookingId: conversationReminders.bookingId });
    if (claimed.length === 0) return false;
    await notifyBookings(tx, deps.messenger, "reminder", [current]);
    return true;
  });
}

/**
 * Still the same booking, the round still reminds, and its time has come but not the
 * conversation's. A job that runs early (the round's reminder was shortened) sends nothing:
 * editing the round queued new jobs for the new time.
 */
function isDue(notice: BookingNotice, job: ReminderJob, now: Date): boolean {
  if (notice.sequence !== job.sequence || !notice.remindAt) return false;
  // A minute's grace for a job that starts a little before its time.
  return notice.remindAt.getTime() - 60_000 <= now.getTime() && now < notice.startsAt;
}
