/** The follow-up reminder's worker, started by src/server.ts; tests call the handler directly. */
import type { Jobs } from "../../jobs/queue.js";
import type { Deps } from "../../web/env.js";
import { FOLLOW_UP_JOB, sendFollowUpReminders, type FollowUpJob } from "./service/follow-up.js";

export async function registerFollowUpJobs(jobs: Jobs, deps: Deps): Promise<void> {
  await jobs.work<FollowUpJob>(FOLLOW_UP_JOB, async (job) => void (await sendFollowUpReminders(deps, job)));
}
