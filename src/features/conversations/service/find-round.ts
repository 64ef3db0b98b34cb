/** A conversation round of the organisation, as every round-keyed service looks it up. */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationRounds } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";

export type Round = typeof conversationRounds.$inferSelect;

/** The round, or 404. */
export async function findRound(tx: Tx, orgId: string, roundId: string): Promise<Round> {
  const [round] = await tx
    .select()
    .from(conversationRounds)
    .where(ofOrg(conversationRounds, orgId, { id: roundId }))
    .prepare("round_by_id")
    .execute();
  if (!round) throw new NotFoundError("round");
  return round;
}
