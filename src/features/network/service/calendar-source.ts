/**
 * A parent's volunteer tasks in their calendar and private feed (the calendar's extension point):
 * the tasks they have a place for (not the waiting list), not cancelled, touching the range. Only
 * the person's own tasks: a task others help with is not a moment of theirs.
 */
import { and, asc, eq, gte, isNull, lt } from "drizzle-orm";
import { eventSignups, events, volunteerTasks } from "../../../db/schema/index.js";
import { endOfDay, startOfDay } from "../../../lib/time/school-date.js";
import type { CalendarSource } from "../../calendar/index.js";
import { taskPath } from "./tasks.js";

export const tasksCalendarSource: CalendarSource = {
  name: "volunteerTasks",
  async read(tx, audience, range) {
    const rows = await tx
      .select({
        taskId: volunteerTasks.id,
        eventId: events.id,
        title: events.title,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        place: events.place,
        sequence: events.sequence,
        expected: volunteerTasks.expected,
      })
      .from(eventSignups)
      .innerJoin(events, and(eq(events.orgId, eventSignups.orgId), eq(events.id, eventSignups.eventId)))
      .innerJoin(volunteerTasks, and(eq(volunteerTasks.orgId, events.orgId), eq(volunteerTasks.eventId, events.id)))
      .where(
        and(
          eq(eventSignups.orgId, audience.orgId),
          eq(eventSignups.userId, audience.userId),
          eq(eventSignups.waiting, false),
          isNull(events.cancelledAt),
          gte(events.endsAt, startOfDay(range.from)),
          lt(events.startsAt, endOfDay(range.to)),
        ),
      )
      .orderBy(asc(events.startsAt));
    return rows.map((row) => ({
      // The event's UID, as the reminder's invitation has it, so a calendar keeps one entry.
      uid: `${row.eventId}@samen`,
      sequence: row.sequence,
      title: row.title,
      kind: "volunteer" as const,
      when: { allDay: false as const, startsAt: row.startsAt, endsAt: row.endsAt },
      place: row.place || undefined,
      description: row.expected || undefined,
      href: taskPath(row.taskId),
      groups: [],
    }));
  },
};
