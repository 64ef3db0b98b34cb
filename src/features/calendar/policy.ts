/**
 * Who sees and who edits the calendar: staff and parents see it (parents their children's
 * groups), the school leader, coordinator and office add items by hand. Pure predicates.
 */
import { isGuardianHere, isStaff, type StaffRole, type Viewer } from "../../auth/viewer.js";

const editors: readonly StaffRole[] = ["school_leader", "coordinator", "office"];

export function mayUseCalendar(viewer: Viewer): boolean {
  return isStaff(viewer) || isGuardianHere(viewer);
}

export function mayEditCalendar(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => editors.includes(role)) ?? false;
}
