/**
 * Booking slots, first come first served. The checks and the insert run in one transaction;
 * the database's unique constraints have the last word, so of two parents who pass the checks
 * at the same moment one gets the slot and the other a definite "taken" with the nearest free
 * alternatives. A sibling combination is inserted in one statement: all of it or nothing.
 */
import { sql } from "drizzle-orm";
import { isJoinedTransaction, preparedQuery, type Tx } from "../../../db/client.js";
import { conversationBookings } from "../../../db/schema/index.js";
import { decideCombination } from "../domain/rules.js";
import { auditBookings } from "./audit.js";
import {
  askerOf,
  familyClashIn,
  targetsOf,
  withAlternatives,
  type BookingRequest,
  type Target,
} from "./booking-checks.js";
import { retryOnDeadlock, violatedConstraint } from "./constraint.js";
import type { RoundChild } from "./family.js";
import { nearestOf } from "./free-slots.js";
import { bookingPageIn, type BookingPageData } from "./parent-view.js";
import { noticesOf, notifyBookings, type BookingNotice, type Messenger } from "./notices.js";
import { refusalOfConstraint, refused, type BookingOutcome, type BookingRefused, type FreeSlot } from "./refusals.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";
import { readFamilyInRound, type ReadBooking } from "./booking-read.js";

export type { BookingRequest } from "./booking-checks.js";

export interface BookingScope extends ViewerScope {
  roundId: string;
  now: Date;
  messenger: Messenger;
}

/** Books one slot for one child of the signed-in parent; returns the booking's id. */
export function bookSlot(scope: BookingScope & BookingRequest): Promise<BookingOutcome<string[]>> {
  return book(scope, [{ pupilId: scope.pupilId, slotId: scope.slotId }]);
}

/** Books a sibling combination: every child's slot, or none of them. */
export function bookTogether(scope: BookingScope & { requests: BookingRequest[] }): Promise<BookingOutcome<string[]>> {
  return book(scope, scope.requests);
}

/** What the checks read that a refusal answers with: where a single booking aimed, the round, the children, their bookings. */
interface Seen {
  target: Target | null;
  round?: Round;
  children?: RoundChild[];
  /** The round's bookings on the slots asked for or of the family: the page's bookings of the children. */
  bookings?: ReadBooking[];
  /** The free slots of the family's teachers: the page's free times. */
  free?: FreeSlot[];
}

async function book(scope: BookingScope, requests: BookingRequest[]): Promise<BookingOutcome<string[]>> {
  const seen: Seen = { target: null };
  const joined = isJoinedTransaction(scope.db);
  let outcome: BookingOutcome<BookingNotice[]>;
  try {
    // A refusal of the checks (a slot found taken is the usual one when a school books at once)
    // gets the round's page, and its alternatives, in the same transaction: one transaction per
    // request instead of two, and the round and the children are not read twice.
    const attempt = () =>
      inOrg(scope, async (tx) => {
        const checked = await checkAndInsert(tx, scope, requests, seen);
        if (!checked.ok) return refusalWithPage(tx, checked, seen);
        await notifyBookings(tx, scope.messenger, "booked", checked.value);
        return checked;
      });
    // In the caller's joined transaction (oncePerForm) a deadlock ends that transaction: the
    // caller tries the whole of it again.
    outcome = await (joined ? attempt() : retryOnDeadlock(attempt));
  } catch (error) {
    const constraint = violatedConstraint(error);
    if (constraint === null) throw error;
    const pupilId = requests.length === 1 ? (requests[0]?.pupilId ?? null) : null;
    const refusal = refused(refusalOfConstraint(constraint), pupilId);
    // The database refused, which ended the transaction: the alternatives are read in a new
    // one; when it was the caller's too, from the page the caller reads after it.
    if (joined) return refusal.reason === "slotTaken" && seen.target ? { ...refusal, near: seen.target.near } : refusal;
    return withAlternatives(scope, refusal, seen.target);
  }
  if (!outcome.ok) return outcome;
  return { ok: true, value: outcome.value.map((n) => n.bookingId) };
}

type NewBooking = { [K in "orgId" | "roundId" | "slotId" | "pupilId" | "guardianId"]: string } & { separate: boolean };

/** The insert of n bookings at once (n children), built once per n (prepared). */
const insertsOf = new Map<number, ReturnType<typeof bookingsInsert>>();
const bookingsInsert = (n: number) =>
  preparedQuery(`conversation_bookings_insert_${n}`, (db) =>
    db
      .insert(conversationBookings)
      .values(
        Array.from({ length: n }, (_, i) => ({
          orgId: sql.placeholder("orgId"),
          roundId: sql.placeholder("roundId"),
          slotId: sql.placeholder(`slotId${i}`),
          pupilId: sql.placeholder(`pupilId${i}`),
          guardianId: sql.placeholder(`guardianId${i}`),
          separate: sql.placeholder("separate"),
        })),
      )
      .returning(),
  );

function insertBookings(tx: Tx, rows: readonly NewBooking[]) {
  let insert = insertsOf.get(rows.length);
  if (!insert) insertsOf.set(rows.length, (insert = bookingsInsert(rows.length)));
  const [first] = rows;
  const values: Record<string, unknown> = { orgId: first?.orgId, roundId: first?.roundId, separate: first?.separate };
  rows.forEach((row, i) =>
    Object.assign(values, {
      [`slotId${i}`]: row.slotId,
      [`pupilId${i}`]: row.pupilId,
      [`guardianId${i}`]: row.guardianId,
    }),
  );
  return insert(tx, values);
}

/** A refusal with the page it is shown on; without children in the round there is no page (404). */
async function refusalWithPage(tx: Tx, refusal: BookingRefused, seen: Seen): Promise<BookingRefused> {
  if (!seen.round || !seen.children?.length) return refusal;
  const page = await bookingPageIn(tx, seen.round, seen.children, seen.bookings, seen.free);
  if (refusal.reason !== "slotTaken" || !seen.target) return { ...refusal, page };
  return { ...refusal, page, alternatives: alternativesOnPage({ ...refusal, near: seen.target.near }, page) };
}

/** The nearest free times to a taken slot (`near`), of the refused child's teachers on the round's page. */
export function alternativesOnPage(refusal: BookingRefused, page: BookingPageData): FreeSlot[] {
  if (refusal.reason !== "slotTaken" || !refusal.near) return refusal.alternatives;
  const free = page.children.find((c) => c.pupilId === refusal.pupilId)?.free ?? [];
  return nearestOf(free, refusal.near);
}

/**
 * The rules first (whose child, which round, which slot, the domain's decision), then the
 * insert; `seen.target` keeps where a single booking aimed, for the alternatives.
 */
async function checkAndInsert(
  tx: Tx,
  scope: BookingScope,
  requests: readonly BookingRequest[],
  seen: Seen,
): Promise<BookingOutcome<BookingNotice[]>> {
  // The family first (it needs only the parent), then in one read the round, which of the
  // family's groups and teachers are in it, the slots asked for and the bookings that meet them
  // or the family.
  const { read, children } = await readFamilyInRound(tx, { ...scope, requests });
  const { round } = read;
  // The bookings of the children in the round and of the children asked for (a child of the
  // family outside the round's groups has none that matter here).
  const concerned = new Set([...children.map((c) => c.pupilId), ...requests.map((r) => r.pupilId)]);
  const bookings = read.bookings.filter((b) => concerned.has(b.pupilId) || requests.some((r) => r.slotId === b.slotId));
  Object.assign(seen, { round, children, bookings, free: read.free });
  const stranger = requests.find((r) => !children.some((c) => c.pupilId === r.pupilId));
  if (stranger) return refused("notYourChild", stranger.pupilId);
  if (round.mode === "fair") return refused("fairMode");
  const slots = targetsOf(read.slots, requests, children);
  if (!slots.ok) return slots;
  if (requests.length === 1) seen.target = slots.value[0] ?? null;
  const guardianOf = (pupilId: string) => children.find((c) => c.pupilId === pupilId)?.guardianId ?? "";
  const guardianId = guardianOf(requests[0]?.pupilId ?? "");
  const asker = askerOf({ round, now: scope.now, guardianId, children }, requests, bookings);
  const decision = decideCombination(
    asker,
    requests.map((r) => ({ childId: r.pupilId, slotId: r.slotId })),
  );
  if (!decision.ok) return refused(decision.reason, decision.childId);
  const clash = familyClashIn(round, children, requests, slots.value, bookings);
  if (clash !== null) return refused("familyClash", clash);
  // In slot order, so that two combinations lock shared slots in the same order.
  const rows = [...requests]
    .sort((a, b) => a.slotId.localeCompare(b.slotId))
    .map((r) => ({
      orgId: scope.orgId,
      roundId: round.id,
      slotId: r.slotId,
      pupilId: r.pupilId,
      guardianId: guardianOf(r.pupilId),
      separate: round.separateGuardianBookings,
    }));
  const made = await insertBookings(tx, rows);
  await auditBookings(
    tx,
    scope,
    "create",
    made.map((r) => ({ bookingId: r.id, slotId: r.slotId })),
    "parent",
  );
  // The confirmation names the round, the slot and its teacher the checks read, and the school.
  const sources = made.flatMap((booking) => {
    const slot = read.slots.find((s) => s.id === booking.slotId);
    return slot ? [{ booking, round, slot, teacherName: slot.teacherName }] : [];
  });
  return { ok: true, value: await noticesOf(tx, scope.orgId, sources, read.schoolName) };
}
