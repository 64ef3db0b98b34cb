/** The workers of this feature, started by src/server.ts; tests call the handlers directly. */
import type { Jobs } from "../../jobs/queue.js";
import type { Deps } from "../../web/env.js";
import { closeWhenDue } from "./service/close-when-due.js";
import { CLOSE_JOB, INVITE_JOB, type MeasurementJob } from "./service/job-names.js";
import { runInvitations } from "./service/open.js";

export async function registerMeasurementJobs(jobs: Jobs, deps: Deps): Promise<void> {
  await jobs.work<MeasurementJob>(INVITE_JOB, async (job) => void (await runInvitations(deps, job)));
  await jobs.work<MeasurementJob>(CLOSE_JOB, async (job) => void (await closeWhenDue(deps, job)));
}
