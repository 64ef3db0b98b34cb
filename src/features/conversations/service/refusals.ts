/** Why a booking, change or cancellation was refused, and the message a parent reads. */
import type { MessageKey } from "../../../web/i18n/index.js";
import { refuse, type Outcome, type RefusalKind, type Refused } from "../../../web/outcome.js";
import type { BookingRefusal } from "../domain/rules.js";
import type { BookingPageData } from "./parent-view.js";

/** The domain's reasons, plus a slot that is not (or no longer) one of the child's, and a fair-mode round. */
export type Refusal = BookingRefusal | "unknownSlot" | "fairMode";

export interface FreeSlot {
  id: string;
  teacherId: string;
  teacherName: string;
  startsAt: Date;
  endsAt: Date;
}

/** A refused booking says which child it was about and, for a taken slot, the nearest free times. */
export interface BookingRefused extends Refused<Refusal> {
  pupilId: string | null;
  alternatives: FreeSlot[];
  /** The round's page as the refusal's own transaction read it, when it could (see booking.ts). */
  page?: BookingPageData;
  /**
   * For a slot the database found taken in a transaction that ended with it: the time asked
   * for, whose nearest free times are taken from the page read afterwards (alternativesOnPage).
   */
  near?: Date;
}

export type BookingOutcome<T> = Outcome<{ value: T }, BookingRefused>;

function refusalKey(reason: Refusal): MessageKey {
  if (reason === "unknownSlot") return "conversations.book.error.unknownSlot";
  if (reason === "fairMode") return "conversations.book.error.fairMode";
  return `conversations.refusal.${reason}`;
}

function refusalKind(reason: Refusal): RefusalKind {
  if (reason === "notYourChild" || reason === "notYourBooking") return "forbidden";
  if (reason === "slotTaken" || reason === "alreadyBooked" || reason === "familyClash") return "conflict";
  return "invalid";
}

export const refused = (reason: Refusal, pupilId: string | null = null): BookingRefused => ({
  ...refuse(reason, refusalKey(reason), refusalKind(reason)),
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
