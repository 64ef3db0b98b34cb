/** What the staff-side services take: the database, the organisation and the person acting. */
import { withOrg, type Db, type Tx } from "../../../db/client.js";

export interface Scope {
  db: Db;
  orgId: string;
  userId: string | null;
}

/** Runs fn in a transaction scoped to the organisation (row-level security applies). */
export function inOrg<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withOrg(scope.db, { orgId: scope.orgId, userId: scope.userId }, fn);
}
