/**
 * What this feature's services share besides the organisation scope: who sees what, and many audit
 * entries at once (one entry is recordAuditBy, src/audit/record.ts).
 */
import type { Tx } from "../../../db/client.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { type AuditAction, type AuditEntity } from "../../../audit/record.js";
import { auditLog } from "../../../db/schema/index.js";
import { orderedId } from "../../../db/ordered-id.js";
import type { MessageKey } from "../../../web/i18n/index.js";
import { uniquely } from "../../../web/input-error.js";

/** Who may see what: managers everything, teachers and mentors only their own groups. */
export type Access = "manage" | "own-groups";

/**
 * Runs fn in the organisation's transaction, for a change to a name or number that is unique: a
 * unique violation (a concurrent insert won the race) becomes an InputError on `field`.
 */
export function inOrgUniquely<T>(scope: OrgScope, field: string, key: MessageKey, fn: (tx: Tx) => Promise<T>) {
  return uniquely(() => inOrg(scope, fn), field, key);
}

/** One audit entry per id in a single insert: archiving a year can touch 1,500 pupils. */
export async function auditEach(
  tx: Tx,
  scope: OrgScope,
  entry: { action: AuditAction; entity: AuditEntity; entityIds: string[]; detail?: string },
): Promise<void> {
  if (!entry.entityIds.length) return;
  const { orgId, userId } = scope;
  const detail = entry.detail ?? null;
  await tx.insert(auditLog).values(
    entry.entityIds.map((entityId) => ({
      id: orderedId(),
      orgId,
      userId,
      action: entry.action,
      entity: entry.entity,
      entityId,
      detail,
    })),
  );
}
