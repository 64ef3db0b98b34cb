/** The jobs of this feature, listed in its manifest; tests call the service directly. */
import { defineJob } from "../../jobs/definition.js";
import { DEADLINE_WARNINGS_JOB, deadlineWarningsPayload } from "./job-names.js";
import { sendDeadlineWarnings } from "./service/warnings.js";

export const deadlineWarningsJob = defineJob({
  name: DEADLINE_WARNINGS_JOB,
  schema: deadlineWarningsPayload,
  handle: async (_data, { deps }) => {
    const mailed = await sendDeadlineWarnings(deps);
    deps.logger.info({ mailed }, "trajectory deadline warnings");
  },
});

export const trajectoryJobs = [deadlineWarningsJob];
