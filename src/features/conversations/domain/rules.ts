/**
 * The booking rules of a conversation round, as pure decisions with a coded reason. The
 * database enforces the same rules again with constraints and transactions; this readable
 * version decides which message a parent sees.
 */
import { z } from "zod";

/** The times and options of a round that the booking rules need. */
export const bookingRoundSchema = z
  .object({
    opensAt: z.date({ message: "error.date" }),
    closesAt: z.date({ message: "error.date" }),
    /** Parents change or cancel until this moment. */
    changeDeadline: z.date({ message: "error.date" }),
    /** Guardians who live apart may each book their own conversation for a child. */
    separateGuardianBookings: z.boolean().default(false),
  })
  .refine((r) => r.closesAt > r.opensAt, { message: "conversations.error.closesBeforeOpens", path: ["closesAt"] })
  .refine((r) => r.changeDeadline >= r.opensAt, {
    message: "conversations.error.deadlineBeforeOpens",
    path: ["changeDeadline"],
  });

export type BookingRound = z.output<typeof bookingRoundSchema>;

export interface Booking {
  slotId: string;
  childId: string;
  /** The guardian who made the booking. */
  guardianId: string;
}

export type BookingRefusal =
  "slotTaken" | "outsideWindow" | "afterDeadline" | "notYourChild" | "alreadyBooked" | "notYourBooking" | "familyClash";

export type Decision = { ok: true } | { ok: false; reason: BookingRefusal };

/** Who is asking, when, and what the round already holds. */
export interface Asker {
  round: BookingRound;
  now: Date;
  guardianId: string;
  /** The children this person is a guardian of. */
  childIds: readonly string[];
  /** The round's bookings that hold the slot in question or concern the child. */
  bookings: readonly Booking[];
}

const OK = { ok: true } as const;
const refuse = (reason: BookingRefusal): Decision => ({ ok: false, reason });

export type WindowState = "notOpenYet" | "open" | "closed";

/** Booking is open from `opensAt` up to (not including) `closesAt`. */
export function bookingWindow(round: BookingRound, now: Date): WindowState {
  if (now < round.opensAt) return "notOpenYet";
  return now < round.closesAt ? "open" : "closed";
}

/** Changes and cancellations are allowed up to (not including) the deadline. */
export function beforeChangeDeadline(round: BookingRound, now: Date): boolean {
  return now < round.changeDeadline;
}

/**
 * Whose is a booking? Normally both guardians of a child share it; when the round allows
 * guardians who live apart their own conversation, each booking belongs to its maker alone.
 */
function ownsBooking(asker: Asker, booking: Booking): boolean {
  return !asker.round.separateGuardianBookings || booking.guardianId === asker.guardianId;
}

/** A new booking of a slot for a child: one per child per round (per guardian when apart). */
export function decideBooking(asker: Asker, request: { childId: string; slotId: string }): Decision {
  if (!asker.childIds.includes(request.childId)) return refuse("notYourChild");
  if (bookingWindow(asker.round, asker.now) !== "open") return refuse("outsideWindow");
  const mine = asker.bookings.filter((b) => b.childId === request.childId && ownsBooking(asker, b));
  if (mine.length > 0) return refuse("alreadyBooked");
  if (asker.bookings.some((b) => b.slotId === request.slotId)) return refuse("slotTaken");
  return OK;
}

/** Moving an existing booking to another slot, before the deadline. */
export function decideChange(asker: Asker, request: { booking: Booking; slotId: string }): Decision {
  const refusal = decideCancel(asker, request);
  if (!refusal.ok) return refusal;
  const taken = asker.bookings.some((b) => b.slotId === request.slotId && b.slotId !== request.booking.slotId);
  return taken ? refuse("slotTaken") : OK;
}

/** Cancelling a booking, before the deadline, by someone it belongs to. */
export function decideCancel(asker: Asker, request: { booking: Booking }): Decision {
  if (!asker.childIds.includes(request.booking.childId)) return refuse("notYourChild");
  if (!ownsBooking(asker, request.booking)) return refuse("notYourBooking");
  if (!beforeChangeDeadline(asker.round, asker.now)) return refuse("afterDeadline");
  return OK;
}

/**
 * Several children booked in one go (a sibling combination): all or nothing, so the first
 * refusal refuses the whole combination and says which child it concerns. Each accepted
 * request counts for the next, so a combination cannot hold one slot or one child twice.
 */
export function decideCombination(
  asker: Asker,
  requests: readonly { childId: string; slotId: string }[],
): { ok: true } | { ok: false; reason: BookingRefusal; childId: string } {
  let bookings = asker.bookings;
  for (const request of requests) {
    const decision = decideBooking({ ...asker, bookings }, request);
    if (!decision.ok) return { ...decision, childId: request.childId };
    bookings = [...bookings, { ...request, guardianId: asker.guardianId }];
  }
  return OK;
}

/** A conversation's time and teacher. */
export interface TimedSlot {
  startsAt: Date;
  endsAt: Date;
  /** Null for a teacher who deleted their account. */
  teacherId: string | null;
}

/**
 * Whether a slot collides with a conversation the family already has for another child: at
 * the same time, or, with another teacher, closer than the round's walking buffer (the same
 * rule the sibling combinations are made with).
 */
export function clashesWithFamily(slot: TimedSlot, family: readonly TimedSlot[], bufferMinutes: number): boolean {
  return family.some((other) => {
    const gap = other.teacherId !== null && other.teacherId === slot.teacherId ? 0 : bufferMinutes * 60_000;
    return (
      slot.startsAt.getTime() < other.endsAt.getTime() + gap && other.startsAt.getTime() < slot.endsAt.getTime() + gap
    );
  });
}
