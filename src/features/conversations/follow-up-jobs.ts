/** The follow-up reminder's worker, listed in the manifest; tests call the handler directly. */
import type { JobDefinition } from "../../jobs/definition.js";
import { FOLLOW_UP_JOB, sendFollowUpReminders, type FollowUpJob } from "./service/follow-up.js";

export const followUpJob: JobDefinition<FollowUpJob> = {
  name: FOLLOW_UP_JOB,
  handle: async (job, { deps }) => void (await sendFollowUpReminders(deps, job)),
};
