/** Who may use which part of pupil administration; pure predicates over the viewer. */
import { canManageOrganisation, isTeacher, type Viewer } from "../../auth/viewer.js";
import type { Access } from "./service/scope.js";

/** Managers see every group; teachers and mentors (read-only) only their own. Parents nothing. */
export function canSeePupils(viewer: Viewer): boolean {
  return canManageOrganisation(viewer) || isTeacher(viewer);
}

/** What the viewer may see of pupils and guardians: everything, or their own groups. */
export function accessOf(viewer: Viewer): Access {
  return canManageOrganisation(viewer) ? "manage" : "own-groups";
}

/** The audit trail is for the school leader. */
export function canReadAudit(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.includes("school_leader") ?? false;
}
