/**
 * Who does what with the trajectory: the school leader and the coordinator lead it (start, skip,
 * link, plan sessions); every staff member and the school's advisor may follow it; parents see
 * their own version. Pure predicates over the viewer (policy.test.ts).
 */
import { isGuardianHere, isStaff, type StaffRole, type Viewer } from "../../auth/viewer.js";

const leaders: readonly StaffRole[] = ["school_leader", "coordinator"];

export function mayLeadTrajectory(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => leaders.includes(role)) ?? false;
}

export function mayFollowTrajectory(viewer: Viewer): boolean {
  return isStaff(viewer);
}

export function mayFollowAsParent(viewer: Viewer): boolean {
  return isGuardianHere(viewer);
}
