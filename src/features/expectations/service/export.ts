/** A person's own part of the expectations, for their data export: confirmations and responses with answers. */
import type { Tx } from "../../../db/client.js";
import { expectationConfirmations, expectationResponses } from "../../../db/schema/index.js";
import { rowsOfPerson } from "../../account/index.js";

export interface PersonExpectations {
  confirmations: { schoolYearId: string; version: number; confirmedAt: Date }[];
  responses: { schoolYearId: string; body: string; createdAt: Date; answer: string | null; answeredAt: Date | null }[];
}

export async function expectationsOfPerson(tx: Tx, orgId: string, userId: string): Promise<PersonExpectations> {
  const person = { orgId, userId };
  const confirmations = await rowsOfPerson(tx, person, expectationConfirmations, {
    by: "userId",
    columns: ["schoolYearId", "version", "confirmedAt"],
  });
  const responses = await rowsOfPerson(tx, person, expectationResponses, {
    by: "authorId",
    columns: ["schoolYearId", "body", "createdAt", "answer", "answeredAt"],
  });
  return { confirmations, responses };
}
