/** The workers of this feature, started by src/server.ts; tests call the handlers directly. */
import type { Database } from "../../db/client.js";
import type { Jobs } from "../../jobs/queue.js";
import type { Deps } from "../../web/env.js";
import { closeWhenDue } from "./service/close-when-due.js";
import { CLOSE_JOB, INVITE_JOB, REMIND_JOB, VACUUM_JOB, type MeasurementJob } from "./service/job-names.js";
import { runInvitations } from "./service/open.js";
import { runReminders, type ReminderJob } from "./service/reminders.js";
import { vacuumSealedTables } from "./service/vacuum.js";

/** `owner` runs the vacuum after closing, which only the owner of the tables may do. */
export async function registerMeasurementJobs(
  jobs: Jobs,
  deps: Deps,
  owner: Pick<Database, "ownerExec">,
): Promise<void> {
  await jobs.work<MeasurementJob>(INVITE_JOB, async (job) => void (await runInvitations(deps, job)));
  await jobs.work<ReminderJob>(REMIND_JOB, async (job) => void (await runReminders(deps, job)));
  await jobs.work<MeasurementJob>(CLOSE_JOB, async (job) => void (await closeWhenDue(deps, job)));
  await jobs.work<MeasurementJob>(VACUUM_JOB, () => vacuumSealedTables(owner));
}
