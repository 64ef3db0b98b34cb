/**
 * Who may hand out which role. Managers (school leader, coordinator, office)
 * manage staff, but only a school leader may make someone school leader or take
 * that role away: otherwise anyone in the office could promote themselves.
 */
import type { StaffRole, Viewer } from "../../auth/viewer.js";

/** The roles of staff members, in the order forms show them. */
export const staffRoles = [
  "school_leader",
  "coordinator",
  "teacher",
  "mentor",
  "office",
] as const satisfies readonly StaffRole[];

/** Every membership role: staff roles and advisor. */
export const membershipRoles = [...staffRoles, "advisor"] as const satisfies readonly StaffRole[];

export function isSchoolLeader(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.includes("school_leader") ?? false;
}

/** The staff roles this viewer may give or take away. */
export function assignableRoles(viewer: Viewer): StaffRole[] {
  return isSchoolLeader(viewer) ? [...staffRoles] : staffRoles.filter((r) => r !== "school_leader");
}

/** May this viewer remove a member who holds these roles? */
export function mayRemoveMember(viewer: Viewer, memberRoles: StaffRole[]): boolean {
  return isSchoolLeader(viewer) || !memberRoles.includes("school_leader");
}

/**
 * The roles a member ends up with: what the viewer chose among the roles they
 * may assign, plus the roles they may not touch, which stay as they were.
 * Null when the viewer chose a role they may not assign.
 */
export function nextRoles(viewer: Viewer, current: StaffRole[], chosen: StaffRole[]): StaffRole[] | null {
  const assignable = assignableRoles(viewer);
  if (chosen.some((r) => !assignable.includes(r))) return null;
  const kept = current.filter((r) => !assignable.includes(r) && r !== "advisor");
  return [...new Set([...chosen, ...kept])];
}
