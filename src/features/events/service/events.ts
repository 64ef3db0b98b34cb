/**
 * Events as the feature that owns one keeps them: made or changed with its time, place and
 * capacity, and read with how many come and whether this person signed up. Each function runs in
 * the caller's transaction, so the owner checks who may see or change it first.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { eventSignups, events } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { placesLeft } from "../domain/capacity.js";

export interface EventInput {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  /** Null: no limit. */
  capacity: number | null;
  /** The page where one signs up. */
  path: string;
  /** A sign-up that does not fit joins a waiting list (left as it is when absent). */
  waitingList?: boolean;
}

export type EventRow = typeof events.$inferSelect;

/** The event's row locked for a change: sign-ups of the same event wait for each other here. */
export async function lockedEvent(tx: Tx, orgId: string, eventId: string): Promise<EventRow> {
  const [row] = await tx
    .select()
    .from(events)
    .where(ofOrg(events, orgId, { id: eventId }))
    .for("update");
  if (!row) throw new NotFoundError("event");
  return row;
}

/** The event's row, if it is the organisation's. */
export async function eventRow(tx: Tx, orgId: string, eventId: string): Promise<EventRow | null> {
  const [row] = await tx
    .select()
    .from(events)
    .where(ofOrg(events, orgId, { id: eventId }));
  return row ?? null;
}

/** People coming to each event, by event id. */
export async function takenOf(tx: Tx, orgId: string, eventIds: readonly string[]): Promise<Map<string, number>> {
  if (!eventIds.length) return new Map();
  const rows = await tx
    .select({ eventId: eventSignups.eventId, taken: sql<number>`sum(${eventSignups.people})::int` })
    .from(eventSignups)
    .where(
      and(eq(eventSignups.orgId, orgId), inArray(eventSignups.eventId, [...eventIds]), eq(eventSignups.waiting, false)),
    )
    .groupBy(eventSignups.eventId);
  return new Map(rows.map((row) => [row.eventId, Number(row.taken)]));
}

export type SaveRefusal = Refused<"belowSignedUp">;

/** Makes the event (no id) or changes (or reopens) it; a capacity below the people signed up is refused. */
export async function saveEvent(
  tx: Tx,
  orgId: string,
  eventId: string | null,
  input: EventInput,
): Promise<Outcome<{ eventId: string }, SaveRefusal>> {
  if (!eventId) {
    const [made] = await tx
      .insert(events)
      .values({ orgId, ...input })
      .returning({ id: events.id });
    return { ok: true, eventId: made!.id };
  }
  const row = await lockedEvent(tx, orgId, eventId);
  const taken = (await takenOf(tx, orgId, [eventId])).get(eventId) ?? 0;
  if (input.capacity !== null && input.capacity < taken)
    return refuse("belowSignedUp", "events.refusal.belowSignedUp", "conflict", "capacity");
  const moved =
    row.startsAt.getTime() !== input.startsAt.getTime() ||
    row.endsAt.getTime() !== input.endsAt.getTime() ||
    row.place !== input.place;
  // A cancelled event saved again (its session planned again) is open again; calendars were sent a
  // CANCEL at this sequence, so the next invitation needs a higher one.
  const reopened = row.cancelledAt !== null;
  await tx
    .update(events)
    .set({
      ...input,
      cancelledAt: null,
      cancelMailed: null,
      sequence: moved || reopened ? row.sequence + 1 : row.sequence,
    })
    .where(ofOrg(events, orgId, { id: eventId }));
  return { ok: true, eventId };
}

export interface EventState {
  id: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  capacity: number | null;
  taken: number;
  placesLeft: number | null;
  /** People this person signed up with; null when they did not. */
  mine: number | null;
  /** This person's place on the waiting list (1 is next); null when they are not on it. */
  waitingPosition: number | null;
  /** Whether a sign-up that does not fit joins the waiting list. */
  waitingList: boolean;
  started: boolean;
  cancelled: boolean;
  /** Rises when time or place changes (a calendar entry's SEQUENCE). */
  sequence: number;
}

/** The events with how many come and this person's sign-up, by event id. */
export async function eventStates(
  tx: Tx,
  orgId: string,
  eventIds: readonly string[],
  userId: string,
  now: Date = new Date(),
): Promise<Map<string, EventState>> {
  if (!eventIds.length) return new Map();
  const rows = await tx
    .select()
    .from(events)
    .where(and(eq(events.orgId, orgId), inArray(events.id, [...eventIds])));
  const taken = await takenOf(tx, orgId, eventIds);
  const mine = await tx
    .select({ eventId: eventSignups.eventId, people: eventSignups.people, waiting: eventSignups.waiting })
    .from(eventSignups)
    .where(
      and(eq(eventSignups.orgId, orgId), inArray(eventSignups.eventId, [...eventIds]), eq(eventSignups.userId, userId)),
    );
  const positions = await waitingPositionsOf(
    tx,
    orgId,
    mine.filter((m) => m.waiting).map((m) => m.eventId),
    userId,
  );
  return new Map(
    rows.map((row) => {
      const count = taken.get(row.id) ?? 0;
      const state: EventState = {
        id: row.id,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        place: row.place,
        capacity: row.capacity,
        taken: count,
        placesLeft: placesLeft({ capacity: row.capacity, taken: count }),
        mine: mine.find((m) => m.eventId === row.id)?.people ?? null,
        waitingPosition: positions.get(row.id) ?? null,
        waitingList: row.waitingList,
        started: row.startsAt <= now,
        cancelled: row.cancelledAt !== null,
        sequence: row.sequence,
      };
      return [row.id, state];
    }),
  );
}

/** This person's place on the waiting list of each of these events (1 is next), by event id. */
export async function waitingPositionsOf(
  tx: Tx,
  orgId: string,
  eventIds: readonly string[],
  userId: string,
): Promise<Map<string, number>> {
  if (!eventIds.length) return new Map();
  const rows = await tx
    .select({ eventId: eventSignups.eventId, userId: eventSignups.userId })
    .from(eventSignups)
    .where(
      and(eq(eventSignups.orgId, orgId), inArray(eventSignups.eventId, [...eventIds]), eq(eventSignups.waiting, true)),
    )
    .orderBy(asc(eventSignups.signedUpAt), asc(eventSignups.userId));
  const positions = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const place = (seen.get(row.eventId) ?? 0) + 1;
    seen.set(row.eventId, place);
    if (row.userId === userId) positions.set(row.eventId, place);
  }
  return positions;
}
