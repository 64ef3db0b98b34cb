/** The organisation feature's manifest: settings, locations, staff, advisors and the platform admin. */
import type { Feature } from "../../web/feature.js";
import { organisationRoutes } from "./routes.js";

export const organisationFeature: Feature = { name: "organisation", routes: organisationRoutes };
