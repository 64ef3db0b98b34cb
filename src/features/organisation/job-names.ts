/** The organisation's job names, in a module that imports nothing else of the feature. */

/** Every day at 03:17: deletes invitations of existing accounts that waited 30 days (docs/privacy.md). */
export const INVITATION_SWEEP_JOB = "staff-invitation-sweep";
export const INVITATION_SWEEP_CRON = "17 3 * * *";
