/**
 * Who does what on the idea board: parents and every staff member of the school post, support
 * and react; the school leader and the coordinator moderate (hide, merge, say what became of an
 * idea). Pure predicates over the viewer (policy.test.ts).
 */
import { isGuardianHere, isStaff, type StaffRole, type Viewer } from "../../auth/viewer.js";

const moderators: readonly StaffRole[] = ["school_leader", "coordinator"];

export function mayUseIdeaBoard(viewer: Viewer): boolean {
  return isStaff(viewer) || isGuardianHere(viewer);
}

export function mayModerateIdeas(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => moderators.includes(role)) ?? false;
}
