/** The campaign's manifest: the public pages, the visitor's forms, the editors' pages, the retention sweep, the texts. */
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import { CAMPAIGN_SWEEP_CRON } from "./job-names.js";
import { campaignSweepJob } from "./jobs.js";
import * as campaign from "./messages.js";
import { campaignKinds } from "./notifications.js";
import { campaignNav, campaignPublicRoutes, campaignRoutes, editorsNav } from "./routes.js";

const messages = { campaign };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const campaignFeature: Feature = {
  name: "campaign",
  routes: campaignRoutes,
  publicRoutes: campaignPublicRoutes,
  nav: [campaignNav, editorsNav],
  publicLinks: [{ href: "/campagne", label: "campaign.title", summary: "campaign.landing" }],
  jobs: [campaignSweepJob],
  schedules: [{ job: campaignSweepJob, cron: CAMPAIGN_SWEEP_CRON }],
  notifications: campaignKinds,
  messages,
};
