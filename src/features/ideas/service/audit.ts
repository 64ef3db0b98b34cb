/** Every moderation of an idea is audited, in the transaction of the change. */
import { recordAudit, type AuditAction } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import type { ViewerScope } from "../../../db/org-scope.js";

export function auditIdea(
  tx: Tx,
  scope: ViewerScope,
  action: Extract<AuditAction, "hide" | "unhide" | "merge" | "update">,
  ideaId: string,
  detail?: string,
): Promise<void> {
  return recordAudit(tx, {
    orgId: scope.orgId,
    userId: scope.userId,
    action,
    entity: "idea",
    entityId: ideaId,
    detail,
  });
}
