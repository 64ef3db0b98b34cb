/**
 * Who sees and who edits the calendar: staff and parents see it (parents their children's
 * groups), the school leader, coordinator and office add items by hand. Pure predicates.
 */
import { isGuardianHere, type StaffRole, type Viewer } from "../../auth/viewer.js";

const editors: readonly StaffRole[] = ["school_leader", "coordinator", "office"];

/**
 * Staff see every group's moments, and what they link to (a conversation round's page). An advisor
 * works with the school but is none of its staff here: no calendar on the page or in the feed.
 */
export function seesEveryGroup(staffRoles: readonly StaffRole[]): boolean {
  return staffRoles.some((role) => role !== "advisor");
}

export function mayUseCalendar(viewer: Viewer): boolean {
  return seesEveryGroup(viewer.current?.staffRoles ?? []) || isGuardianHere(viewer);
}

export function mayEditCalendar(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => editors.includes(role)) ?? false;
}
