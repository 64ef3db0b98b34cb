/** The national parent panel's manifest: sign-up, members' pages, editors' surveys, reports, and its jobs. */
import type { Feature } from "../../web/feature.js";
import { panelJobs, panelSchedules } from "./jobs.js";
import { panelKinds } from "./notifications.js";
import { panelNav, panelPublicRoutes, panelRoutes } from "./routes.js";

export const panelFeature: Feature = {
  name: "panel",
  routes: panelRoutes,
  publicRoutes: panelPublicRoutes,
  nav: [panelNav],
  publicLinks: [{ href: "/panel", label: "panel.title", summary: "panel.landing" }],
  jobs: panelJobs,
  schedules: panelSchedules,
  notifications: panelKinds,
};
