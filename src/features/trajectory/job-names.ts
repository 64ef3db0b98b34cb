/** The trajectory's job names, in a module that imports nothing else of the feature. */

/** Daily at 07:10 school time (the manifest's schedule). */
export const DEADLINE_WARNINGS_JOB = "trajectory-deadline-warnings";
export const DEADLINE_WARNINGS_CRON = "10 7 * * *";
