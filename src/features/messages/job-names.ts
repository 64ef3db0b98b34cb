/** The messages' job name and payload, in a module that imports nothing else of the feature. */
import { z } from "zod";

/** Delivers a parent's post written in quiet hours to staff when they end (queued with startAfter). */
export const DELIVER_POST_JOB = "message-deliver";
export const deliverPostPayload = z.object({ orgId: z.string().uuid(), postId: z.string().uuid() });
export type DeliverPost = z.infer<typeof deliverPostPayload>;
