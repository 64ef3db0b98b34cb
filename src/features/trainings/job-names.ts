/** The trainings' job names and payloads, in a module that imports nothing else of the feature. */
import { z } from "zod";

/** Hourly at :41: unconfirmed registrations go soon after their 48 hours. */
export const TRAINING_CLEANUP_JOB = "training-cleanup";
export const TRAINING_CLEANUP_CRON = "41 * * * *";
export const trainingCleanupPayload = z.object({});
