/** The panel's jobs, listed in its manifest; tests call the handlers directly. */
import { z } from "zod";
import { defineJob } from "../../jobs/definition.js";
import { CLEANUP_CRON, CLEANUP_JOB } from "./job-names.js";
import { deleteUnconfirmed } from "./service/members.js";

/** Scheduled: sign-ups never confirmed within 30 days are deleted; running it again deletes nothing more. */
export const cleanupJob = defineJob({
  name: CLEANUP_JOB,
  schema: z.object({}),
  handle: (_job, { deps }) => deleteUnconfirmed(deps.db),
});

export const panelJobs = [cleanupJob];
export const panelSchedules = [{ job: cleanupJob, cron: CLEANUP_CRON }];
