/** A person's own data in the plan: the responses they wrote and the answers they got, for their export. */
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { planResponses } from "../../../db/schema/index.js";

export function responsesOfPerson(tx: Tx, orgId: string, userId: string) {
  return tx
    .select({
      subjectKind: planResponses.subjectKind,
      subjectId: planResponses.subjectId,
      body: planResponses.body,
      createdAt: planResponses.createdAt,
      answer: planResponses.answer,
      answeredAt: planResponses.answeredAt,
    })
    .from(planResponses)
    .where(and(eq(planResponses.orgId, orgId), eq(planResponses.authorId, userId)))
    .orderBy(asc(planResponses.createdAt));
}
