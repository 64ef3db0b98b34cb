/** The background jobs of measurements; their data is { orgId, measurementId } and never anything personal. */
export const INVITE_JOB = "measurement-invitations";
export const CLOSE_JOB = "measurement-close";
export const REMIND_JOB = "measurement-reminder";
/** Clears deleted ballots, drafts and old row versions from disk after closing (service/vacuum.ts). */
export const VACUUM_JOB = "measurement-vacuum";

export interface MeasurementJob {
  orgId: string;
  measurementId: string;
}
