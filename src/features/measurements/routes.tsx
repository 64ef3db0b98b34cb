/**
 * Measurements: staff create and follow them under /organisation/measurements
 * (school leader, coordinator, office); respondents answer under /m/ with a
 * link and no account.
 */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import { answerRoutes } from "./routes/answer.js";
import { staffRoutes } from "./routes/staff.js";

export const measurementRoutes = new Hono<AppEnv>()
  .route("/organisation/measurements", staffRoutes)
  .route("/m", answerRoutes);
