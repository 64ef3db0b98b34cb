/** The worker of the reminders before conversations, started by src/server.ts; tests call sendReminder directly. */
import type { Jobs } from "../../jobs/queue.js";
import type { Deps } from "../../web/env.js";
import { REMINDER_JOB, type ReminderJob } from "./service/reminder-schedule.js";
import { sendReminder } from "./service/reminders.js";

export async function registerConversationReminders(jobs: Jobs, deps: Deps): Promise<void> {
  const messenger = { mailer: deps.mailer, publicUrl: deps.config.publicUrl, logger: deps.logger, jobs: deps.jobs };
  await jobs.work<ReminderJob>(REMINDER_JOB, async (job) => void (await sendReminder({ db: deps.db, messenger }, job)));
}
