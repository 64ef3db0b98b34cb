/**
 * Audit entries of conversation planning: who booked, moved or cancelled a conversation (a
 * parent, or a teacher placing a family), and who changed or deleted a round. Written in the
 * transaction of the change, so an entry exists exactly when the change does.
 */
import { recordAudit, type AuditAction } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";

/** Whose action it was: the parent of the child, or the teacher whose time it is. */
export type BookingActor = "parent" | "teacher";

export async function auditBookings(
  tx: Tx,
  scope: { orgId: string; userId: string },
  action: Extract<AuditAction, "create" | "move" | "delete">,
  entries: readonly { bookingId: string; slotId: string }[],
  by: BookingActor,
): Promise<void> {
  for (const entry of entries) {
    await recordAudit(tx, {
      orgId: scope.orgId,
      userId: scope.userId,
      action,
      entity: "conversation_booking",
      entityId: entry.bookingId,
      detail: `by ${by}; slot ${entry.slotId}`,
    });
  }
}

export function auditRound(
  tx: Tx,
  scope: { orgId: string; userId: string },
  action: Extract<AuditAction, "update" | "delete">,
  roundId: string,
  detail: string,
): Promise<void> {
  return recordAudit(tx, {
    orgId: scope.orgId,
    userId: scope.userId,
    action,
    entity: "conversation_round",
    entityId: roundId,
    detail,
  });
}
