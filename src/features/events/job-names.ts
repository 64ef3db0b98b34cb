/** The events' job names, in a module that imports nothing else of the feature. */

/** Daily at 17:00 school time: the evening before is when a reminder helps most. */
export const EVENT_REMINDERS_JOB = "event-reminders";
export const EVENT_REMINDERS_CRON = "0 17 * * *";
