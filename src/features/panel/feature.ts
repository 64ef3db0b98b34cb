/** The national parent panel's manifest: sign-up, members' pages, editors' surveys, reports, and its jobs. */
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import { panelJobs, panelSchedules } from "./jobs.js";
import * as panel from "./messages.js";
import * as surveys from "./survey-messages.js";
import { panelKinds } from "./notifications.js";
import { panelNav, panelPublicRoutes, panelRoutes } from "./routes.js";

const messages = { panel, surveys };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const panelFeature: Feature = {
  name: "panel",
  routes: panelRoutes,
  publicRoutes: panelPublicRoutes,
  nav: [panelNav],
  publicLinks: [{ href: "/panel", label: "panel.title", summary: "panel.landing" }],
  jobs: panelJobs,
  schedules: panelSchedules,
  notifications: panelKinds,
  messages,
};
