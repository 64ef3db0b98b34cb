/** The campaign's manifest: the public pages, the visitor's forms, the editors' pages, the retention sweep, the texts. */
import type { Feature } from "../../web/feature.js";
import { CAMPAIGN_SWEEP_CRON } from "./job-names.js";
import { campaignSweepJob } from "./jobs.js";
import { campaignKinds } from "./notifications.js";
import { campaignNav, campaignPublicRoutes, campaignRoutes, editorsNav } from "./routes.js";

export const campaignFeature: Feature = {
  name: "campaign",
  routes: campaignRoutes,
  publicRoutes: campaignPublicRoutes,
  nav: [campaignNav, editorsNav],
  publicLinks: [{ href: "/campagne", label: "campaign.title", summary: "campaign.landing" }],
  jobs: [campaignSweepJob],
  schedules: [{ job: campaignSweepJob, cron: CAMPAIGN_SWEEP_CRON }],
  notifications: campaignKinds,
};
