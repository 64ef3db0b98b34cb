/** A parent's network data in one organisation, for their data export: profile and answers (sign-ups are the events'). */
import { asc } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { networkRequestAnswers, networkRequests } from "../../../db/schema/index.js";
import { onAnswerRequest } from "./joins.js";
import { networkProfileOf } from "./profile.js";

export async function networkOfPerson(tx: Tx, orgId: string, userId: string) {
  const profile = await networkProfileOf(tx, orgId, userId);
  const answers = await tx
    .select({
      request: networkRequests.body,
      askedAt: networkRequests.createdAt,
      answer: networkRequestAnswers.answer,
      shareEmail: networkRequestAnswers.shareEmail,
      answeredAt: networkRequestAnswers.answeredAt,
    })
    .from(networkRequestAnswers)
    .innerJoin(networkRequests, onAnswerRequest)
    .where(ofOrg(networkRequestAnswers, orgId, { userId }))
    .orderBy(asc(networkRequests.createdAt), asc(networkRequests.id));
  return { profile, answers };
}
