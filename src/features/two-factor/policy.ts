/** Who may (or must) have a second factor. Pure predicates over the viewer. */
import type { Viewer } from "../../auth/viewer.js";

/** Staff, advisors and platform admins see children's data; parents never get asked. */
export function mayUseSecondFactor(viewer: Viewer): boolean {
  return viewer.isPlatformAdmin || viewer.organisations.some((o) => o.staffRoles.length > 0);
}

/** The names of the organisations that require this person, as staff, to have a second factor. */
export function organisationsRequiring(viewer: Viewer): string[] {
  return viewer.organisations.filter((o) => o.requireSecondFactor && o.staffRoles.length > 0).map((o) => o.orgName);
}
