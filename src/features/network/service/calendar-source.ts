/**
 * A parent's volunteer tasks in their calendar and private feed (the calendar's extension point):
 * the tasks they have a place for (not the waiting list), not cancelled, touching the range. Only
 * the person's own tasks: a task others help with is not a moment of theirs.
 */
import type { CalendarSource } from "../../calendar/index.js";
import { eventEntry, eventsTouching } from "../../events/index.js";
import { taskPath, tasksWithPlace } from "./tasks.js";

export const tasksCalendarSource: CalendarSource = {
  name: "volunteerTasks",
  async read(tx, audience, range) {
    const rows = await tasksWithPlace(tx, audience.orgId, audience.userId, ...eventsTouching(range));
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
