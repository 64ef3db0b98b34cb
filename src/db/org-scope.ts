/**
 * The organisation scope every service takes: the database, the organisation and the person
 * acting. `inOrg` runs a service's queries in that organisation's transaction, so row-level
 * security applies; queries still name the organisation themselves. `db` may also be a caller's
 * transaction (the CSV import runs many calls in one): withOrg then opens a savepoint in it.
 */
import { withOrg, type Db, type Tx } from "./client.js";

export interface OrgScope {
  db: Db;
  orgId: string;
  /** Who acts; null for the system (jobs, the command line, the demo). */
  userId: string | null;
}

/** A scope in which a signed-in person acts: what every route hands its services. */
export interface ViewerScope extends OrgScope {
  userId: string;
}

/** Runs fn in one transaction scoped to the organisation. */
export function inOrg<T>(scope: OrgScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withOrg(scope.db, { orgId: scope.orgId, userId: scope.userId }, fn);
}
