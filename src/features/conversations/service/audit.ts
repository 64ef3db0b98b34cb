/**
 * Audit entries of conversation planning: who booked, moved or cancelled a conversation (a
 * parent, or a teacher placing a family), and who changed or deleted a round. Written in the
 * transaction of the change, so an entry exists exactly when the change does. A booking's entry
 * names its time slot by id; the trail shows the slot's time and teacher (`slotsForAudit`).
 */
import { eq, inArray } from "drizzle-orm";
import { recordAudit, type AuditAction } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationSlots, users } from "../../../db/schema/index.js";
import type { AuditReferenceSource } from "../../pupils/index.js";

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

/** The time slots the trail's booking entries name, of this organisation, by id: when and with whom. */
async function slotsByIds(tx: Tx, orgId: string, ids: readonly string[]) {
  const { id, startsAt, endsAt } = conversationSlots;
  const rows = await tx
    .select({ id, startsAt, endsAt, teacher: users.name })
    .from(conversationSlots)
    .innerJoin(users, eq(users.id, conversationSlots.teacherId))
    .where(ofOrg(conversationSlots, orgId, {}, inArray(id, [...ids])));
  return new Map(rows.map(({ id, ...slot }) => [id, slot]));
}

export const slotsForAudit: AuditReferenceSource = { kind: "conversationSlot", read: slotsByIds };
