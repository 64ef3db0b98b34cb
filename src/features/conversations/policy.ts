/** Who may do what with conversation rounds; pure predicates over the viewer. */
import { canManageOrganisation, isGuardianHere, isTeacher, type Viewer } from "../../auth/viewer.js";
import type { StaffAccess } from "./service/rounds.js";

/** Managers create rounds and run the fair allocation. */
export const canManageRounds = canManageOrganisation;

/** Managers see every round; teachers and mentors the rounds of their groups. */
export function canSeeRounds(viewer: Viewer): boolean {
  return canManageOrganisation(viewer) || isTeacher(viewer);
}

export function staffAccessOf(viewer: Viewer): StaffAccess {
  return canManageOrganisation(viewer) ? "manage" : "own-groups";
}

/** Parents book for their children in the organisation they are a guardian in. */
export const canBook = isGuardianHere;
