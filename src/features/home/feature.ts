/** The home feature's manifest: the landing page and each person's home. */
import type { Feature } from "../../web/feature.js";
import { homeRoutes } from "./routes.js";

export const homeFeature: Feature = { name: "home", routes: homeRoutes };
