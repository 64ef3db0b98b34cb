/** The worker of the reminders before conversations, listed in the manifest; tests call sendReminder directly. */
import type { JobDefinition } from "../../jobs/definition.js";
import { REMINDER_JOB, type ReminderJob } from "./service/reminder-schedule.js";
import { sendReminder } from "./service/reminders.js";

export const reminderJob: JobDefinition<ReminderJob> = {
  name: REMINDER_JOB,
  handle: async (job, { deps }) => {
    const messenger = { mailer: deps.mailer, publicUrl: deps.config.publicUrl, logger: deps.logger, jobs: deps.jobs };
    await sendReminder({ db: deps.db, messenger }, job);
  },
};
