/**
 * Who has a workspace: whoever is the advisor of at least one organisation, whichever they work
 * in now. What it shows is decided again by the database (samen_advisor's policies, migration
 * 0030), from the memberships at the time of the request. A pure predicate over the viewer.
 */
import type { Viewer } from "../../auth/viewer.js";

export function guidesOrganisations(viewer: Viewer): boolean {
  return viewer.organisations.some((o) => o.staffRoles.includes("advisor"));
}
