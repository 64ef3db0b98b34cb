/** The organisation's job names, in a module that imports nothing else of the feature. */

/** Every day at 03:17: deletes invitations that waited 30 days, and the unused accounts they made (docs/privacy.md). */
export const INVITATION_SWEEP_JOB = "staff-invitation-sweep";
export const INVITATION_SWEEP_CRON = "17 3 * * *";
