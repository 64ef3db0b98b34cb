/** The trainings' job names, in a module that imports nothing else of the feature. */

/** Hourly at :41: unconfirmed registrations go soon after their 48 hours. */
export const TRAINING_CLEANUP_JOB = "training-cleanup";
export const TRAINING_CLEANUP_CRON = "41 * * * *";
