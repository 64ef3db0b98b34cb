/** The health feature's manifest: liveness and readiness, answered before any session. */
import type { Feature } from "../../web/feature.js";
import { healthRoutes } from "./routes.js";

export const healthFeature: Feature = { name: "health", publicRoutes: healthRoutes };
