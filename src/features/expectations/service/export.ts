/** A person's own part of the expectations, for their data export: confirmations and responses with answers. */
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { expectationConfirmations, expectationResponses } from "../../../db/schema/index.js";

export interface PersonExpectations {
  confirmations: { schoolYearId: string; version: number; confirmedAt: Date }[];
  responses: { schoolYearId: string; body: string; createdAt: Date; answer: string | null; answeredAt: Date | null }[];
}

export async function expectationsOfPerson(tx: Tx, orgId: string, userId: string): Promise<PersonExpectations> {
  const confirmations = await tx
    .select({
      schoolYearId: expectationConfirmations.schoolYearId,
      version: expectationConfirmations.version,
      confirmedAt: expectationConfirmations.confirmedAt,
    })
    .from(expectationConfirmations)
    .where(and(eq(expectationConfirmations.orgId, orgId), eq(expectationConfirmations.userId, userId)));
  const responses = await tx
    .select({
      schoolYearId: expectationResponses.schoolYearId,
      body: expectationResponses.body,
      createdAt: expectationResponses.createdAt,
      answer: expectationResponses.answer,
      answeredAt: expectationResponses.answeredAt,
    })
    .from(expectationResponses)
    .where(and(eq(expectationResponses.orgId, orgId), eq(expectationResponses.authorId, userId)));
  return { confirmations, responses };
}
