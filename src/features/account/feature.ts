/** The account feature's manifest: a person's own settings (texts in the auth catalog). */
import type { Feature } from "../../web/feature.js";
import { accountRoutes } from "./routes.js";

export const accountFeature: Feature = { name: "account", routes: accountRoutes };
