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

/** Parents ask about their children, teachers and mentors about the children of their groups. */
export function canAskConversations(viewer: Viewer): boolean {
  return isGuardianHere(viewer) || isTeacher(viewer);
}

/** The family history: school leaders and coordinators for every child, teachers for their groups. */
export function leadsSchool(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => role === "school_leader" || role === "coordinator") ?? false;
}

export function canSeeHistory(viewer: Viewer): boolean {
  return leadsSchool(viewer) || isTeacher(viewer);
}

/** Parents book for their children in the organisation they are a guardian in. */
export const canBook = isGuardianHere;

/** Who has conversations at all (and so the link in the header): staff who see rounds, and parents. */
export function hasConversations(viewer: Viewer): boolean {
  return canSeeRounds(viewer) || canBook(viewer);
}
