/** The panel's background jobs; payloads carry a survey's id at most, never anything personal. */
import { z } from "zod";

/** Daily: deletes sign-ups never confirmed within 30 days. */
export const CLEANUP_JOB = "panel-cleanup";
export const CLEANUP_CRON = "17 3 * * *";
/** Mails the invitations of an opened survey. */
export const INVITE_JOB = "panel-invitations";
/** Mails a round of reminders to those who have not responded. */
export const REMIND_JOB = "panel-reminders";
/** VACUUMs the sealed tables after a survey closes or a member leaves. */
export const VACUUM_JOB = "panel-vacuum";

export const surveyJob = z.object({ surveyId: z.guid() });
export const reminderJob = surveyJob.extend({ round: z.number().int().positive() });
export type SurveyJob = z.infer<typeof surveyJob>;
