/** An answer's join to its request, kept inside one organisation (both sides' org_id). */
import { and, eq } from "drizzle-orm";
import { networkRequestAnswers, networkRequests } from "../../../db/schema/index.js";

/** A request and an answer to it. */
export const onAnswerRequest = and(
  eq(networkRequests.orgId, networkRequestAnswers.orgId),
  eq(networkRequests.id, networkRequestAnswers.requestId),
)!;
