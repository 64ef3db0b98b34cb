/**
 * Measurements: staff create and follow them under /organisation/measurements
 * (school leader, coordinator, office; the school's advisors read them); respondents
 * answer under /m/ with a link and no account.
 */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import type { NavLink } from "../../web/nav.js";
import { canReadMeasurements } from "./policy.js";
import { answerRoutes } from "./routes/answer.js";
import { compareRoutes } from "./routes/compare.js";
import { exportRoutes } from "./routes/exports.js";
import { runningRoutes } from "./routes/running.js";
import { staffRoutes } from "./routes/staff.js";

/** "Metingen" in the header, for those who run the school's measurements or read them as its advisor. */
export const measurementsNav: NavLink = {
  href: "/organisation/measurements",
  label: "measure.nav",
  group: "plan",
  shownTo: canReadMeasurements,
};

export const measurementRoutes = new Hono<AppEnv>()
  // Before the staff routes, whose /:id would take "compare" for an id.
  .route("/organisation/measurements/compare", compareRoutes)
  .route("/organisation/measurements", staffRoutes)
  .route("/organisation/measurements", exportRoutes)
  .route("/organisation/measurements", runningRoutes)
  .route("/m", answerRoutes);
