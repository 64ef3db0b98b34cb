/**
 * An event as a calendar entry, for every source whose moments are events (the school's own
 * events here, a parent's volunteer tasks in the network): the columns it is made of, the events
 * that touch a range, and the entry itself, so each source gives an event the same UID as its
 * reminder's invitation and a subscribed calendar keeps one entry.
 */
import { gte, isNull, lt } from "drizzle-orm";
import { events } from "../../../db/schema/index.js";
import { endOfDay, startOfDay } from "../../../lib/time/school-date.js";
import type { CalendarEntry } from "../../calendar/index.js";

/** The event's columns a calendar entry needs; select them beside the source's own. */
export const eventEntryColumns = {
  eventId: events.id,
  title: events.title,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  place: events.place,
  sequence: events.sequence,
};

/** The conditions for events not cancelled that touch the school dates from..to (inclusive). */
export function eventsTouching(range: { from: string; to: string }) {
  return [
    isNull(events.cancelledAt),
    gte(events.endsAt, startOfDay(range.from)),
    lt(events.startsAt, endOfDay(range.to)),
  ];
}

interface EventEntryRow {
  eventId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  sequence: number;
}

/** The entry of an event; the source says what kind it is, where it links to and for whom. */
export function eventEntry(
  row: EventEntryRow,
  source: Pick<CalendarEntry, "kind" | "href" | "groups" | "description">,
): CalendarEntry {
  return {
    uid: `${row.eventId}@samen`,
    sequence: row.sequence,
    title: row.title,
    when: { allDay: false, startsAt: row.startsAt, endsAt: row.endsAt },
    place: row.place || undefined,
    ...source,
  };
}
