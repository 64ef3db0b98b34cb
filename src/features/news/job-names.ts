/** The fan-out job's name and payload, in a module that imports nothing of the feature (decision 006). */
import { z } from "zod";

export const NEWS_FANOUT_JOB = "news-fanout";
export const newsFanoutPayload = z.object({ orgId: z.string().uuid(), postId: z.string().uuid() });
/** Parents mailed per transaction of the fan-out. */
export const FANOUT_BATCH = 250;
