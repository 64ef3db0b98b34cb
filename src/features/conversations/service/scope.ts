/**
 * What every conversation service takes: the database, the organisation and the person
 * acting (a staff member or a parent). Queries run inside withOrg, so row-level security
 * applies; every query also names the organisation itself.
 */
import { and, eq } from "drizzle-orm";
import { withOrg, type Db, type Tx } from "../../../db/client.js";
import { conversationRounds } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";

export interface ServiceScope {
  db: Db;
  orgId: string;
  userId: string;
}

export type Round = typeof conversationRounds.$inferSelect;

/** Runs fn in one transaction scoped to the organisation. */
export function inOrg<T>(scope: ServiceScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withOrg(scope.db, { orgId: scope.orgId, userId: scope.userId }, fn);
}

/** The round, or 404. */
export async function findRound(tx: Tx, orgId: string, roundId: string): Promise<Round> {
  const [round] = await tx
    .select()
    .from(conversationRounds)
    .where(and(eq(conversationRounds.orgId, orgId), eq(conversationRounds.id, roundId)))
    .prepare("round_by_id")
    .execute();
  if (!round) throw new NotFoundError("round");
  return round;
}
