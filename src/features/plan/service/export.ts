/** A person's own data in the plan: the responses they wrote and the answers they got, for their export. */
import type { Tx } from "../../../db/client.js";
import { planResponses } from "../../../db/schema/index.js";
import { rowsOfPerson } from "../../account/index.js";

export function responsesOfPerson(tx: Tx, orgId: string, userId: string) {
  return rowsOfPerson(tx, { orgId, userId }, planResponses, {
    by: "authorId",
    columns: ["subjectKind", "subjectId", "body", "createdAt", "answer", "answeredAt"],
    order: "createdAt",
  });
}
