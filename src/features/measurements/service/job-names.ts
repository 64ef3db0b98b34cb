/** The background jobs of measurements; their data is { orgId, measurementId } and never anything personal. */
export const INVITE_JOB = "measurement-invitations";
export const CLOSE_JOB = "measurement-close";

export interface MeasurementJob {
  orgId: string;
  measurementId: string;
}
