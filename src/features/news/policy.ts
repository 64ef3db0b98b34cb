/**
 * Who does what with news: the school leader, the coordinator and the office post to anyone and
 * manage every post, its reactions and the suggestions; a teacher posts to their own groups and
 * manages their own posts; staff read everything, parents what is for their children's groups or
 * the whole school. Pure predicates (policy.test.ts).
 */
import { isGuardianHere, isStaff, type StaffRole, type Viewer } from "../../auth/viewer.js";

const managers: readonly StaffRole[] = ["school_leader", "coordinator", "office"];
const posters: readonly StaffRole[] = [...managers, "teacher", "mentor"];

const hasRole = (viewer: Viewer, roles: readonly StaffRole[]) =>
  viewer.current?.staffRoles.some((role) => roles.includes(role)) ?? false;

export function mayReadNews(viewer: Viewer): boolean {
  return isStaff(viewer) || isGuardianHere(viewer);
}

/** Writes posts: to anyone (managers) or to their own groups (teachers). */
export function mayPostNews(viewer: Viewer): boolean {
  return hasRole(viewer, posters);
}

/** Posts to the whole school and staff, edits every post, moderates, decides on suggestions. */
export function mayManageNews(viewer: Viewer): boolean {
  return hasRole(viewer, managers);
}

/** Reacting and suggesting are a parent's; staff who are parents here read news as staff. */
export function mayReactToNews(viewer: Viewer): boolean {
  return isGuardianHere(viewer) && !isStaff(viewer);
}

/** Whether the viewer reads news as staff (everything, drafts too) rather than as a parent. */
export function readsAsStaff(viewer: Viewer): boolean {
  return isStaff(viewer);
}
