/**
 * Who does what with the school's own events: every staff member but an advisor organises them
 * (creates, edits, sees the sign-ups, records attendance, writes the summary); a parent sees the
 * events their children's groups are invited to. Pure predicates over the viewer (policy.test.ts).
 */
import { isGuardianHere, type StaffRole, type Viewer } from "../../auth/viewer.js";

const organisers: readonly StaffRole[] = ["school_leader", "coordinator", "office", "teacher", "mentor"];

export function mayOrganiseEvents(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => organisers.includes(role)) ?? false;
}

export function mayUseEvents(viewer: Viewer): boolean {
  return mayOrganiseEvents(viewer) || isGuardianHere(viewer);
}
