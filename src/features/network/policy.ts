/** Who may use which part of the network: pure predicates over the viewer. */
import type { StaffRole, Viewer } from "../../auth/viewer.js";

const networkStaffRoles: StaffRole[] = ["school_leader", "coordinator", "teacher", "mentor", "office"];

/** Staff of the school (not an advisor): they search, ask for help and post volunteer tasks. */
export function isNetworkStaff(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => networkStaffRoles.includes(role)) ?? false;
}

/** A parent here (a guardian with a child at the school): their own profile, the directory, tasks. */
export function isNetworkParent(viewer: Viewer): boolean {
  return viewer.current?.isGuardian ?? false;
}

export function mayUseNetwork(viewer: Viewer): boolean {
  return isNetworkStaff(viewer) || isNetworkParent(viewer);
}
