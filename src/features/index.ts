/**
 * Every feature, in the order its routes are mounted (a route that would swallow
 * another's path comes after it). The one place besides app.tsx and server.ts that
 * knows the features: importing this list registers their message catalogs (catalogs.ts).
 */
import type { JobDefinition } from "../jobs/definition.js";
import { attachmentsInfrastructure } from "../attachments/feature.js";
import { databaseMaintenanceJob } from "../db/maintenance-job.js";
import { mailJobs } from "../mail/jobs.js";
import { digestJob } from "../notifications/jobs.js";
import { installContributions } from "../web/extension.js";
import type { Feature } from "../web/feature.js";
import { registerHomeContributors } from "../web/home.js";
import { registerKinds } from "../notifications/kinds.js";
import { registerCatalogs } from "../web/i18n/index.js";
import { featureCatalogs } from "./catalogs.js";
import { accountFeature } from "./account/feature.js";
import { adviceFeature } from "./advice/feature.js";
import { advisorFeature } from "./advisor/feature.js";
import { authFeature } from "./auth/feature.js";
import { calendarFeature } from "./calendar/feature.js";
import { campaignFeature } from "./campaign/feature.js";
import { certificationFeature } from "./certification/feature.js";
import { conversationsFeature } from "./conversations/feature.js";
import { buddiesFeature } from "./buddies/feature.js";
import { devFeature } from "./dev/feature.js";
import { discussionsFeature } from "./discussions/feature.js";
import { eventsFeature } from "./events/feature.js";
import { expectationsFeature } from "./expectations/feature.js";
import { healthFeature } from "./health/feature.js";
import { homeFeature } from "./home/feature.js";
import { ideasFeature } from "./ideas/feature.js";
import { importFeature } from "./import/feature.js";
import { measurementsFeature } from "./measurements/feature.js";
import { networkFeature } from "./network/feature.js";
import { messagesFeature } from "./messages/feature.js";
import { newsFeature } from "./news/feature.js";
import { notificationsFeature } from "./notifications/feature.js";
import { panelFeature } from "./panel/feature.js";
import { organisationFeature } from "./organisation/feature.js";
import { planFeature } from "./plan/feature.js";
import { pupilsFeature } from "./pupils/feature.js";
import { trainingsFeature } from "./trainings/feature.js";
import { trajectoryFeature } from "./trajectory/feature.js";
import { twoFactorFeature } from "./two-factor/feature.js";

export const features: readonly Feature[] = [
  healthFeature,
  homeFeature,
  authFeature,
  accountFeature,
  notificationsFeature,
  twoFactorFeature,
  organisationFeature,
  pupilsFeature,
  importFeature,
  measurementsFeature,
  conversationsFeature,
  ideasFeature,
  eventsFeature,
  calendarFeature,
  trajectoryFeature,
  expectationsFeature,
  messagesFeature,
  certificationFeature,
  planFeature,
  newsFeature,
  advisorFeature,
  networkFeature,
  panelFeature,
  discussionsFeature,
  adviceFeature,
  trainingsFeature,
  buddiesFeature,
  campaignFeature,
  attachmentsInfrastructure,
  devFeature,
];

/** Every job the server runs: the mail jobs, the digest, the database's maintenance and each feature's. */
export const allJobs: readonly JobDefinition[] = [
  ...mailJobs,
  digestJob,
  databaseMaintenanceJob,
  ...features.flatMap((feature) => feature.jobs ?? []),
];

/** The features' scheduled jobs, which server.ts schedules. */
export const allSchedules = features.flatMap((feature) => feature.schedules ?? []);

registerCatalogs(featureCatalogs);
registerHomeContributors(features.flatMap((feature) => (feature.home ? [feature.home] : [])));
registerKinds(features.flatMap((feature) => feature.notifications ?? []));
installContributions(features.flatMap((feature) => feature.contributes ?? []));
