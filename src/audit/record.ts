/** The audit trail of who viewed or changed pupils' and guardians' data. */
import type { Tx } from "../db/client.js";
import { auditLog } from "../db/schema/index.js";

export type AuditAction =
  | "view"
  | "create"
  | "update"
  | "archive"
  | "delete"
  | "import"
  | "move"
  | "open"
  | "close"
  | "remind"
  | "export"
  | "reset"
  | "hide"
  | "unhide"
  | "merge"
  | "skip"
  | "unskip"
  | "link"
  | "unlink"
  | "publish"
  | "answer"
  | "award"
  | "notYet"
  | "revoke"
  | "report"
  | "keep"
  | "approve"
  | "decline"
  | "match"
  | "end";
export type AuditEntity =
  | "pupil"
  | "guardian"
  | "group"
  | "staff"
  | "pupils"
  | "guardians"
  | "measurement"
  | "conversation_round"
  | "conversation_booking"
  | "second_factor"
  | "idea"
  | "trajectory"
  | "trajectory_session"
  | "expectations"
  | "expectation_response"
  | "event"
  | "certificate"
  | "plan"
  | "plan_goal"
  | "plan_action"
  | "plan_response"
  | "advisor_note"
  | "discussion_group"
  | "discussion_post"
  | "buddy_pair"
  | "news_reaction"
  | "news_post";

/** Appends one entry, inside the caller's transaction, so it exists exactly when the change does. */
export async function recordAudit(
  tx: Tx,
  entry: {
    orgId: string;
    userId: string | null;
    action: AuditAction;
    entity: AuditEntity;
    entityId?: string | null;
    detail?: string;
  },
): Promise<void> {
  await tx.insert(auditLog).values({
    orgId: entry.orgId,
    userId: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? null,
  });
}
