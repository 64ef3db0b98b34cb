/**
 * What a parent sees of conversation rounds: the rounds their children take part in, and per
 * round each child's booking, the free times and the sibling combinations on offer. In fair
 * mode the allocated times are shown once the school has published them.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { anyOfPlaceholder, preparedQuery, type Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import {
  conversationBookings,
  conversationRoundGroups,
  conversationRounds,
  conversationSlots,
  users,
} from "../../../db/schema/index.js";
import { childrenOfGuardian } from "../../pupils/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { findSiblingCombinations, type Combination } from "../domain/siblings.js";
import type { RoundChild } from "./family.js";
import { freeSlotsOf } from "./free-slots.js";
import type { FreeSlot } from "./refusals.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";
import { slotOfBooking } from "./joins.js";
import { readFamilyInRound, type ReadBooking } from "./booking-read.js";

export interface ChildBooking {
  id: string;
  slotId: string;
  /** Null for a teacher who deleted their account (teacherLabel). */
  teacherName: string | null;
  startsAt: Date;
  endsAt: Date;
}

export interface ChildInRound extends RoundChild {
  booking: ChildBooking | null;
  free: FreeSlot[];
}

export interface BookingPageData {
  round: Round;
  children: ChildInRound[];
  combinations: Combination[];
}

/** The rounds the parent's children take part in, newest first. */
export function listParentRounds(scope: ViewerScope): Promise<Round[]> {
  return inOrg(scope, async (tx) => {
    const children = await childrenOfGuardian(tx, scope.orgId, scope.userId);
    const rows = await tx
      .selectDistinct({ round: conversationRounds })
      .from(conversationRounds)
      .innerJoin(
        conversationRoundGroups,
        ofOrg(conversationRoundGroups, conversationRounds.orgId, { roundId: conversationRounds.id }),
      )
      .where(
        and(
          eq(conversationRounds.orgId, scope.orgId),
          inArray(
            conversationRoundGroups.groupId,
            children.flatMap((c) => c.groupId ?? []),
          ),
        ),
      )
      .orderBy(asc(conversationRounds.opensAt), asc(conversationRounds.id));
    return rows.map((r) => r.round);
  });
}

/**
 * A round as one parent sees it; 404 when none of their children takes part. Two statements: the
 * family, then the booking's own read (booking-read.ts) asking about no slots, which brings the
 * round, the children's bookings and their teachers' free slots at once.
 */
export function bookingPage(scope: ViewerScope & { roundId: string }): Promise<BookingPageData> {
  return inOrg(scope, async (tx) => {
    const { read, children } = await readFamilyInRound(tx, { ...scope, requests: [] });
    if (children.length === 0) throw new NotFoundError("round");
    return bookingPageIn(tx, read.round, children, read.bookings, read.free);
  });
}

/**
 * The page from the round and the parent's children (at least one) already read in `tx`: a
 * refused booking answers with it from its own transaction instead of reading them again, and
 * with the children's bookings and the free slots its checks read (`read`, `readFree`, see
 * booking-read.ts) when it has them (the free slots of more teachers may be among them).
 */
export async function bookingPageIn(
  tx: Tx,
  round: Round,
  children: readonly RoundChild[],
  read?: readonly ReadBooking[],
  readFree?: readonly FreeSlot[],
): Promise<BookingPageData> {
  const teacherIds = [...new Set(children.flatMap((c) => c.teachers.map((t) => t.id)))];
  const free = readFree
    ? readFree.filter((slot) => teacherIds.includes(slot.teacherId))
    : await freeSlotsOf(tx, round.orgId, round.id, teacherIds);
  const shown = round.mode === "first_come" || round.publishedAt !== null;
  const bookings = shown
    ? bookingPerChild(round, children, read ?? (await bookingsOf(tx, round, children)))
    : new Map();
  const withBookings = children.map((child) => ({
    ...child,
    booking: bookings.get(child.pupilId) ?? null,
    free: free.filter((slot) => child.teachers.some((t) => t.id === slot.teacherId)),
  }));
  return { round, children: withBookings, combinations: combinationsFor(round, withBookings, free) };
}

type BookingRow = ChildBooking & { pupilId: string; guardianId: string };

/** The round's bookings of these children. */
function bookingsOf(tx: Tx, round: Round, children: readonly RoundChild[]): Promise<BookingRow[]> {
  return childrenBookings(tx, { orgId: round.orgId, roundId: round.id, pupilIds: children.map((c) => c.pupilId) });
}

const childrenBookings = preparedQuery("round_children_bookings", (db) =>
  db
    .select({
      id: conversationBookings.id,
      pupilId: conversationBookings.pupilId,
      guardianId: conversationBookings.guardianId,
      slotId: conversationSlots.id,
      teacherName: users.name,
      startsAt: conversationSlots.startsAt,
      endsAt: conversationSlots.endsAt,
    })
    .from(conversationBookings)
    .innerJoin(conversationSlots, slotOfBooking)
    .leftJoin(users, eq(users.id, conversationSlots.teacherId))
    .where(
      ofOrg(
        conversationBookings,
        sql.placeholder("orgId"),
        { roundId: sql.placeholder("roundId") },
        anyOfPlaceholder(conversationBookings.pupilId, "pupilIds"),
      ),
    ),
);

/** Each child's booking this parent holds (shared by both guardians, or their own when separate). */
function bookingPerChild(round: Round, children: readonly RoundChild[], rows: readonly BookingRow[]) {
  const map = new Map<string, ChildBooking>();
  for (const child of children) {
    const row = rows.find(
      (r) => r.pupilId === child.pupilId && (!round.separateGuardianBookings || r.guardianId === child.guardianId),
    );
    if (row)
      map.set(child.pupilId, {
        id: row.id,
        slotId: row.slotId,
        teacherName: row.teacherName,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
      });
  }
  return map;
}

/** For two or more children without a booking, the best back-to-back combinations (first-come rounds). */
function combinationsFor(round: Round, children: readonly ChildInRound[], free: readonly FreeSlot[]): Combination[] {
  const open = children.filter((c) => !c.booking && c.teachers.length > 0);
  if (round.mode !== "first_come" || open.length < 2) return [];
  return findSiblingCombinations({
    children: open.map((c) => ({ childId: c.pupilId, teacherId: c.teachers[0]?.id ?? "" })),
    freeSlots: free.map((s) => ({ id: s.id, teacherId: s.teacherId, start: s.startsAt, end: s.endsAt })),
    settings: { bufferMinutes: round.bufferMinutes, toleranceMinutes: round.toleranceMinutes },
    limit: 5,
  });
}
