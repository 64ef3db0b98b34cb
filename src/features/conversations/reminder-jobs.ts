/** The job of the reminders before conversations, listed in the manifest; tests call sendReminder directly. */
import { defineJob } from "../../jobs/definition.js";
import { REMINDER_JOB, reminderJobData } from "./service/job-data.js";
import { sendReminder } from "./service/reminders.js";
import { messengerOf } from "./service/notices.js";

export const reminderJob = defineJob({
  name: REMINDER_JOB,
  schema: reminderJobData,
  handle: (job, { deps }) => sendReminder({ db: deps.db, messenger: messengerOf(deps.config, deps.jobs) }, job),
});
