/** The follow-up reminder's job, listed in the manifest; tests call the handler directly. */
import { defineJob } from "../../jobs/definition.js";
import { sendFollowUpReminders } from "./service/follow-up.js";
import { FOLLOW_UP_JOB, followUpJobData } from "./service/job-data.js";

export const followUpJob = defineJob({
  name: FOLLOW_UP_JOB,
  schema: followUpJobData,
  handle: (job, { deps }) => sendFollowUpReminders(deps, job),
});
