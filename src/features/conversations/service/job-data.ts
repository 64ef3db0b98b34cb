/**
 * The payloads of this feature's jobs: names and zod schemas, with nothing else imported, so
 * the services that queue the jobs and the definitions that run them can both use them.
 */
import { z } from "zod";

export const REMINDER_JOB = "conversation-reminder";

/** A reminder's data: which booking, in which version; never anything personal. */
export const reminderJobData = z.object({
  orgId: z.string().uuid(),
  bookingId: z.string().uuid(),
  sequence: z.number().int().nonnegative(),
});

export type ReminderJob = z.infer<typeof reminderJobData>;

export const FOLLOW_UP_JOB = "conversation-follow-up";

/** A follow-up reminder's data: ids and a date, nothing personal. */
export const followUpJobData = z.object({
  orgId: z.string().uuid(),
  bookingId: z.string().uuid(),
  followUpOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export type FollowUpJob = z.infer<typeof followUpJobData>;
