/** What booking, changing and cancelling share: the slots asked for, the asker, the alternatives. */
import { inArray, or } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { conversationBookings, conversationSlots } from "../../../db/schema/index.js";
import { clashesWithFamily, type Asker, type Booking, type TimedSlot } from "../domain/rules.js";
import type { RoundChild } from "./family.js";
import { slotOfBooking } from "./joins.js";
import { nearestFree, nearestFreeIn } from "./free-slots.js";
import { refused, type BookingOutcome } from "./refusals.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";
import { ofOrg } from "../../../db/of-org.js";

export interface BookingRequest {
  pupilId: string;
  slotId: string;
}

/** The slot asked for, and where to look for alternatives when it turns out to be taken. */
export interface Target {
  teacherIds: string[];
  near: Date;
  slot: TimedSlot;
}

/**
 * The slots asked for, each in this round and with one of its child's teachers; anything
 * else (a slot of another round, another teacher, or one removed meanwhile) is refused.
 */
export async function slotsOfChildren(
  tx: Tx,
  round: Round,
  requests: readonly BookingRequest[],
  children: readonly RoundChild[],
): Promise<BookingOutcome<Target[]>> {
  const slots = await tx
    .select()
    .from(conversationSlots)
    .where(
      ofOrg(
        conversationSlots,
        round.orgId,
        { roundId: round.id },
        inArray(
          conversationSlots.id,
          requests.map((r) => r.slotId),
        ),
      ),
    );
  return targetsOf(slots, requests, children);
}

/** The same check on the round's slots already read (the slots asked for among them). */
export function targetsOf(
  slots: readonly (TimedSlot & { id: string })[],
  requests: readonly BookingRequest[],
  children: readonly RoundChild[],
): BookingOutcome<Target[]> {
  const targets: Target[] = [];
  for (const request of requests) {
    const slot = slots.find((s) => s.id === request.slotId);
    const teachers = children.find((c) => c.pupilId === request.pupilId)?.teachers ?? [];
    if (!slot || !teachers.some((t) => t.id === slot.teacherId)) return refused("unknownSlot", request.pupilId);
    targets.push({ teacherIds: teachers.map((t) => t.id), near: slot.startsAt, slot });
  }
  return { ok: true, value: targets };
}

/**
 * The child of the first request whose slot collides with a conversation the family already
 * has in this round for a child not in the requests (see clashesWithFamily); null when none.
 * A combination of the requests themselves was made with the buffer already.
 */
export async function familyClash(
  tx: Tx,
  round: Round,
  children: readonly RoundChild[],
  requests: readonly BookingRequest[],
  targets: readonly Target[],
): Promise<string | null> {
  const others = othersOf(children, requests);
  if (others.length === 0) return null;
  const family = await tx
    .select({
      pupilId: conversationBookings.pupilId,
      guardianId: conversationBookings.guardianId,
      startsAt: conversationSlots.startsAt,
      endsAt: conversationSlots.endsAt,
      teacherId: conversationSlots.teacherId,
    })
    .from(conversationBookings)
    .innerJoin(conversationSlots, slotOfBooking)
    .where(
      ofOrg(conversationBookings, round.orgId, { roundId: round.id }, inArray(conversationBookings.pupilId, others)),
    );
  return familyClashIn(round, children, requests, targets, family);
}

/** The children of the family that the requests are not for. */
const othersOf = (children: readonly RoundChild[], requests: readonly BookingRequest[]) =>
  children.map((c) => c.pupilId).filter((id) => !requests.some((r) => r.pupilId === id));

/** The same check on bookings of the round already read (those of the family's other children among them). */
export function familyClashIn(
  round: Round,
  children: readonly RoundChild[],
  requests: readonly BookingRequest[],
  targets: readonly Target[],
  bookings: readonly (TimedSlot & { pupilId: string; guardianId: string })[],
): string | null {
  const others = othersOf(children, requests);
  const family = bookings.filter(
    (b) =>
      others.includes(b.pupilId) &&
      // Guardians who live apart each keep their own agenda.
      (!round.separateGuardianBookings || children.some((c) => c.guardianId === b.guardianId)),
  );
  const clash = targets.findIndex((target) => clashesWithFamily(target.slot, family, round.bufferMinutes));
  return clash < 0 ? null : (requests[clash]?.pupilId ?? null);
}

/** The asker for the domain's rules, with the round's bookings that hold these slots or concern these children. */
export async function askerFor(tx: Tx, options: AskerOptions, requests: readonly BookingRequest[]): Promise<Asker> {
  const { round } = options;
  const bookings = await tx
    .select({
      slotId: conversationBookings.slotId,
      pupilId: conversationBookings.pupilId,
      guardianId: conversationBookings.guardianId,
    })
    .from(conversationBookings)
    .where(
      ofOrg(
        conversationBookings,
        round.orgId,
        { roundId: round.id },
        or(
          inArray(
            conversationBookings.slotId,
            requests.map((r) => r.slotId),
          ),
          inArray(
            conversationBookings.pupilId,
            requests.map((r) => r.pupilId),
          ),
        ),
      ),
    );
  return askerOf(options, requests, bookings);
}

interface AskerOptions {
  round: Round;
  now: Date;
  guardianId: string;
  children: readonly RoundChild[];
}

/** The same asker from bookings of the round already read (those on these slots or of these children among them). */
export function askerOf(
  options: AskerOptions,
  requests: readonly BookingRequest[],
  read: readonly { slotId: string; pupilId: string; guardianId: string }[],
): Asker {
  const bookings: Booking[] = read
    .filter((b) => requests.some((r) => r.slotId === b.slotId || r.pupilId === b.pupilId))
    .map((b) => ({ slotId: b.slotId, childId: b.pupilId, guardianId: b.guardianId }));
  return {
    round: options.round,
    now: options.now,
    guardianId: options.guardianId,
    childIds: options.children.map((c) => c.pupilId),
    bookings,
  };
}

/**
 * A taken slot comes with the nearest free times of the same teachers; read in `tx` when the
 * refusal's own transaction is still open (the checks refused), else in a new one (the
 * database refused, which ended the transaction).
 */
export async function withAlternatives<T>(
  scope: ViewerScope & { roundId: string },
  outcome: BookingOutcome<T>,
  target: Target | null,
  tx?: Tx,
): Promise<BookingOutcome<T>> {
  if (outcome.ok || outcome.reason !== "slotTaken" || !target) return outcome;
  const near = { ...scope, ...target };
  return { ...outcome, alternatives: await (tx ? nearestFreeIn(tx, near) : nearestFree(near)) };
}
