/** The trajectory's job names and payloads, in a module that imports nothing else of the feature. */
import { z } from "zod";

/** Daily at 07:10 school time (the manifest's schedule). */
export const DEADLINE_WARNINGS_JOB = "trajectory-deadline-warnings";
export const DEADLINE_WARNINGS_CRON = "10 7 * * *";
export const deadlineWarningsPayload = z.object({});
