/**
 * The school's own events in the information calendar (the calendar's extension point): those
 * not cancelled, for the whole organisation or a group the audience sees, touching the range.
 */
import { and, asc, eq } from "drizzle-orm";
import { events, schoolEvents } from "../../../db/schema/index.js";
import { audienceSees, type CalendarSource } from "../../calendar/index.js";
import { groupsOfRows } from "../../pupils/index.js";
import { eventEntry, eventEntryColumns, eventsTouching } from "./calendar-entry.js";
import { eventGroupLinks, schoolEventPath } from "./school-events.js";
import { onKey } from "../../../db/on-key.js";

export const eventsCalendarSource: CalendarSource = {
  name: "events",
  async read(tx, audience, range) {
    const rows = await tx
      .select({ ...eventEntryColumns, kind: schoolEvents.kind, wholeOrg: schoolEvents.wholeOrg })
      .from(schoolEvents)
      .innerJoin(events, onKey(events, schoolEvents.orgId, schoolEvents.eventId))
      .where(and(eq(schoolEvents.orgId, audience.orgId), ...eventsTouching(range)))
      .orderBy(asc(events.startsAt), asc(events.title), asc(events.id));
    if (!rows.length) return [];
    const groupsOf = await groupsOfRows(
      tx,
      audience.orgId,
      eventGroupLinks,
      rows.map((r) => r.eventId),
    );
    const visible = rows.filter((row) => row.wholeOrg || audienceSees(audience, groupsOf.get(row.eventId) ?? []));
    return visible.map((row) =>
      eventEntry(row, {
        kind: row.kind === "parent_evening" ? "parent_evening" : "event",
        href: schoolEventPath(row.eventId),
        groups: row.wholeOrg ? [] : (groupsOf.get(row.eventId) ?? []).map((g) => g.name),
      }),
    );
  },
};
