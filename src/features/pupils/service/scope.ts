/**
 * What every service of this feature takes: the database, the organisation and
 * the person acting. `db` may also be a caller's transaction (the CSV import runs
 * many calls in one): withOrg then opens a savepoint inside it.
 */
import { withOrg, type Db, type Tx } from "../../../db/client.js";
import { recordAudit, type AuditAction, type AuditEntity } from "../../../audit/record.js";
import { auditLog } from "../../../db/schema/index.js";

export interface ServiceScope {
  db: Db;
  orgId: string;
  userId: string | null;
}

/** Who may see what: managers everything, teachers and mentors only their own groups. */
export type Access = "manage" | "own-groups";

/** Runs fn in a transaction scoped to the organisation (row-level security applies). */
export function inOrg<T>(scope: ServiceScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withOrg(scope.db, { orgId: scope.orgId, userId: scope.userId }, fn);
}

/** Appends an audit entry for the acting person, in the caller's transaction. */
export function audit(
  tx: Tx,
  scope: ServiceScope,
  entry: { action: AuditAction; entity: AuditEntity; entityId: string | null; detail?: string },
): Promise<void> {
  return recordAudit(tx, { orgId: scope.orgId, userId: scope.userId, ...entry });
}

/** One audit entry per id in a single insert: archiving a year can touch 1,500 pupils. */
export async function auditEach(
  tx: Tx,
  scope: ServiceScope,
  entry: { action: AuditAction; entity: AuditEntity; entityIds: string[]; detail?: string },
): Promise<void> {
  if (!entry.entityIds.length) return;
  const { orgId, userId } = scope;
  const detail = entry.detail ?? null;
  await tx.insert(auditLog).values(
    entry.entityIds.map((entityId) => ({
      orgId,
      userId,
      action: entry.action,
      entity: entry.entity,
      entityId,
      detail,
    })),
  );
}
