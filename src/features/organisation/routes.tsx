/**
 * The organisation area (overview, settings, locations, staff, advisors) and
 * the platform admin's organisation management. Each route carries its own
 * guard: other features also live under /organisation/ with other rules.
 */
import { joinRoutes } from "../../web/join-routes.js";
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
