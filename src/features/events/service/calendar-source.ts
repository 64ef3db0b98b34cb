/**
 * The school's own events in the information calendar (the calendar's extension point): those
 * not cancelled, for the whole organisation or a group the audience sees, touching the range.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { events, schoolEventGroups, schoolEvents } from "../../../db/schema/index.js";
import type { CalendarSource } from "../../calendar/index.js";
import { groupNames } from "../../pupils/index.js";
import { eventEntry, eventEntryColumns, eventsTouching } from "./calendar-entry.js";
import { schoolEventPath } from "./school-events.js";

export const eventsCalendarSource: CalendarSource = {
  name: "events",
  async read(tx, audience, range) {
    const rows = await tx
      .select({ ...eventEntryColumns, kind: schoolEvents.kind, wholeOrg: schoolEvents.wholeOrg })
      .from(schoolEvents)
      .innerJoin(events, and(eq(events.orgId, schoolEvents.orgId), eq(events.id, schoolEvents.eventId)))
      .where(and(eq(schoolEvents.orgId, audience.orgId), ...eventsTouching(range)))
      .orderBy(asc(events.startsAt));
    if (!rows.length) return [];
    const links = await tx
      .select({ eventId: schoolEventGroups.eventId, groupId: schoolEventGroups.groupId })
      .from(schoolEventGroups)
      .where(
        and(
          eq(schoolEventGroups.orgId, audience.orgId),
          inArray(
            schoolEventGroups.eventId,
            rows.map((r) => r.eventId),
          ),
        ),
      );
    const seen = audience.groupIds === null ? null : new Set(audience.groupIds);
    const visible = rows.filter(
      (row) => seen === null || row.wholeOrg || links.some((l) => l.eventId === row.eventId && seen.has(l.groupId)),
    );
    const names = new Map(
      (await groupNames(tx, audience.orgId, [...new Set(links.map((l) => l.groupId))])).map((g) => [g.id, g.name]),
    );
    return visible.map((row) =>
      eventEntry(row, {
        kind: row.kind === "parent_evening" ? "parent_evening" : "event",
        href: schoolEventPath(row.eventId),
        groups: row.wholeOrg
          ? []
          : links
              .filter((l) => l.eventId === row.eventId)
              .map((l) => names.get(l.groupId) ?? "")
              .sort(),
      }),
    );
  },
};
