/**
 * Who does what with buddies: a parent asks for a buddy or volunteers as one; the school leader
 * and the coordinator see the requests and offers and pair them. Nobody else sees any of it.
 */
import { isGuardianHere, type StaffRole, type Viewer } from "../../auth/viewer.js";

const coordinators: readonly StaffRole[] = ["school_leader", "coordinator"];

export function mayUseBuddies(viewer: Viewer): boolean {
  return isGuardianHere(viewer);
}

export function mayCoordinateBuddies(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => coordinators.includes(role)) ?? false;
}
