/** The jobs of this feature, listed in its manifest; tests call the service directly. */
import { defineSweep } from "../../jobs/definition.js";
import { DEADLINE_WARNINGS_JOB } from "./job-names.js";
import { sendDeadlineWarnings } from "./service/warnings.js";

export const deadlineWarningsJob = defineSweep(
  DEADLINE_WARNINGS_JOB,
  async (deps) => ({ mailed: await sendDeadlineWarnings(deps) }),
  "trajectory deadline warnings",
);

export const trajectoryJobs = [deadlineWarningsJob];
