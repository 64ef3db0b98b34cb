/**
 * A parent's volunteer tasks in their calendar and private feed (the calendar's extension point):
 * the tasks they have a place for (not the waiting list), not cancelled, touching the range. Only
 * the person's own tasks: a task others help with is not a moment of theirs.
 */
import { and, asc, eq } from "drizzle-orm";
import { eventSignups, events, volunteerTasks } from "../../../db/schema/index.js";
import type { CalendarSource } from "../../calendar/index.js";
import { eventEntry, eventEntryColumns, eventsTouching } from "../../events/index.js";
import { taskPath } from "./tasks.js";

export const tasksCalendarSource: CalendarSource = {
  name: "volunteerTasks",
  async read(tx, audience, range) {
    const rows = await tx
      .select({ ...eventEntryColumns, taskId: volunteerTasks.id, expected: volunteerTasks.expected })
      .from(eventSignups)
      .innerJoin(events, and(eq(events.orgId, eventSignups.orgId), eq(events.id, eventSignups.eventId)))
      .innerJoin(volunteerTasks, and(eq(volunteerTasks.orgId, events.orgId), eq(volunteerTasks.eventId, events.id)))
      .where(
        and(
          eq(eventSignups.orgId, audience.orgId),
          eq(eventSignups.userId, audience.userId),
          eq(eventSignups.waiting, false),
          ...eventsTouching(range),
        ),
      )
      .orderBy(asc(events.startsAt));
    return rows.map((row) =>
      eventEntry(row, {
        kind: "volunteer",
        description: row.expected || undefined,
        href: taskPath(row.taskId),
        groups: [],
      }),
    );
  },
};
