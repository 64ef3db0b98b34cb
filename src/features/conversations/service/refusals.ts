/** Why a booking, change or cancellation was refused, and the message a parent reads. */
import type { MessageKey } from "../../../web/i18n/index.js";
import type { BookingRefusal } from "../domain/rules.js";

/** The domain's reasons, plus a slot that is not (or no longer) one of the child's, and a fair-mode round. */
export type Refusal = BookingRefusal | "unknownSlot" | "fairMode";

export interface FreeSlot {
  id: string;
  teacherId: string;
  teacherName: string;
  startsAt: Date;
  endsAt: Date;
}

export type Outcome<T> =
  { ok: true; value: T } | { ok: false; reason: Refusal; pupilId: string | null; alternatives: FreeSlot[] };

export function refusalKey(reason: Refusal): MessageKey {
  if (reason === "unknownSlot") return "conversations.book.error.unknownSlot";
  if (reason === "fairMode") return "conversations.book.error.fairMode";
  return `conversations.refusal.${reason}`;
}

/** The HTTP status a refusal is answered with. */
export function refusalStatus(reason: Refusal): 403 | 409 | 422 {
  if (reason === "notYourChild" || reason === "notYourBooking") return 403;
  if (reason === "slotTaken" || reason === "alreadyBooked" || reason === "familyClash") return 409;
  return 422;
}

export const refused = (reason: Refusal, pupilId: string | null = null): Outcome<never> => ({
  ok: false,
  reason,
  pupilId,
  alternatives: [],
});

/** A database constraint that refused a booking write, as the refusal it stands for. */
export function refusalOfConstraint(constraint: string): Refusal {
  if (constraint === "conversation_bookings_slot_key") return "slotTaken";
  if (constraint === "conversation_bookings_pupil_key" || constraint === "conversation_bookings_guardian_key")
    return "alreadyBooked";
  return "unknownSlot";
}
