/**
 * The organisation area (overview, settings, locations, staff, advisors) and
 * the platform admin's organisation management. Each route carries its own
 * guard: other features also live under /organisation/ with other rules.
 */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import { adminRoutes } from "./routes/admin.js";
import { advisorRoutes } from "./routes/advisors.js";
import { locationRoutes } from "./routes/locations.js";
import { overviewRoutes } from "./routes/overview.js";
import { staffRoutes } from "./routes/staff.js";

export const organisationRoutes = new Hono<AppEnv>()
  .route("/", overviewRoutes)
  .route("/", locationRoutes)
  .route("/", staffRoutes)
  .route("/", advisorRoutes)
  .route("/", adminRoutes);
