/** The background jobs of measurements; their data is { orgId, measurementId } and never anything personal. */
import { z } from "zod";

export const INVITE_JOB = "measurement-invitations";
export const CLOSE_JOB = "measurement-close";
export const REMIND_JOB = "measurement-reminder";
/** Clears deleted ballots, drafts and old row versions from disk after closing (service/vacuum.ts). */
export const VACUUM_JOB = "measurement-vacuum";
/** Applies the storage rule for small classes to measurements closed before it (service/older-closings.ts). */
export const LINKAGE_RULE_JOB = "measurement-linkage-rule";
/** Hourly, so that it runs soon after an upgrade; with nothing left to do it is one small query. */
export const LINKAGE_RULE_CRON = "23 * * * *";

export const measurementJob = z.object({ orgId: z.string().uuid(), measurementId: z.string().uuid() });

export type MeasurementJob = z.infer<typeof measurementJob>;

/** A reminder job; a round staff started carries its number, the automatic round none. */
export const reminderJob = measurementJob.extend({ round: z.number().int().positive().optional() });
