/** The development feature's manifest: the outbox page (refused in production by its route). */
import type { Feature } from "../../web/feature.js";
import { devRoutes } from "./routes.js";

export const devFeature: Feature = { name: "dev", routes: devRoutes };
