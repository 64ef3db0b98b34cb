/**
 * Who does what in the discussion groups: parents and the school's staff read, join and write
 * (an advisor is a guest of the school, not part of its community); staff create groups at once,
 * parents propose them; the school leader and the coordinator approve proposals and moderate.
 * Pure predicates over the viewer (policy.test.ts).
 */
import { isGuardianHere, type StaffRole, type Viewer } from "../../auth/viewer.js";

const moderators: readonly StaffRole[] = ["school_leader", "coordinator"];

/** Staff of the school itself (any role but advisor). */
export function isSchoolStaff(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => role !== "advisor") ?? false;
}

export function mayUseDiscussions(viewer: Viewer): boolean {
  return isSchoolStaff(viewer) || isGuardianHere(viewer);
}

export function mayModerateDiscussions(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => moderators.includes(role)) ?? false;
}

/** As what a person writes: staff sign as the school's, everyone else as a parent. */
export function writerRole(viewer: Viewer): "staff" | "parent" {
  return isSchoolStaff(viewer) ? "staff" : "parent";
}
