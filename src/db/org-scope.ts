/**
 * The organisation scope every service takes: the database, the organisation and the person
 * acting. `inOrg` runs a service's queries in that organisation's transaction, so row-level
 * security applies; queries still name the organisation themselves. `db` may also be a caller's
 * transaction (the CSV import runs many calls in one): withOrg then opens a savepoint in it.
 */
import type { SQL } from "drizzle-orm";
import { ADVISOR_ROLE, rowsOf, withOrg, type Db, type Tx } from "./client.js";

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

/**
 * The organisations a cross-organisation database function names, each once: a security-definer
 * function that returns `org_id` rows is how a job, or a person's own page, learns where to look,
 * since row-level security hides every other organisation's rows. Run outside any organisation,
 * as `userId` for a function that answers for app.user_id; the work itself then runs in each
 * organisation's own transaction.
 */
export async function orgIdsFrom(db: Db, query: SQL, userId: string | null = null): Promise<string[]> {
  const result = await withOrg(db, { orgId: null, userId }, (tx) => tx.execute(query));
  return [...new Set(rowsOf<{ org_id: string }>(result).map((row) => row.org_id))];
}

/**
 * Runs fn in one read-only transaction across every organisation that invited `userId` as its
 * advisor: as samen_advisor, whose policies admit exactly those organisations' rows, on the
 * tables it may read (migration 0030). For the advisor's workspace, which reads them all with a
 * fixed number of queries instead of one transaction per organisation.
 */
export function acrossAdvisedOrgs<T>(db: Db, userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withOrg(db, { orgId: null, userId }, fn, { role: ADVISOR_ROLE });
}
