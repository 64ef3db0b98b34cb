/**
 * The organisation area (overview, settings, locations, staff, advisors) and
 * the platform admin's organisation management. Each route carries its own
 * guard: other features also live under /organisation/ with other rules.
 */
import { canManageOrganisation } from "../../auth/viewer.js";
import { joinRoutes } from "../../web/join-routes.js";
import type { NavLink } from "../../web/nav.js";
import { adminRoutes } from "./routes/admin.js";
import { advisorRoutes } from "./routes/advisors.js";
import { invitationRoutes } from "./routes/invitations.js";
import { locationRoutes } from "./routes/locations.js";
import { overviewRoutes } from "./routes/overview.js";
import { staffRoutes } from "./routes/staff.js";

export const organisationRoutes = joinRoutes(
  overviewRoutes,
  locationRoutes,
  staffRoutes,
  advisorRoutes,
  adminRoutes,
  invitationRoutes,
);

/** The way in to the organisation's people (where a leader invites parents) from every page's menu. */
export const organisationNav: NavLink = {
  href: "/organisation",
  label: "org.nav",
  group: "organisation",
  shownTo: canManageOrganisation,
};
