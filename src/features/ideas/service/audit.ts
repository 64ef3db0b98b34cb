/** Every moderation of an idea is audited, in the transaction of the change. */
import { recordAuditBy, type AuditAction } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import type { ViewerScope } from "../../../db/org-scope.js";

export function auditIdea(
  tx: Tx,
  scope: ViewerScope,
  action: Extract<AuditAction, "hide" | "unhide" | "merge" | "update">,
  ideaId: string,
  detail?: string,
): Promise<void> {
  return recordAuditBy(tx, scope, { action, entity: "idea", entityId: ideaId, detail });
}
