/** The measurements feature's manifest: staff pages, answering by link, exports and their jobs. */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { personalData } from "../account/index.js";
import { invitationsOfPerson } from "./service/personal-export.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as answers from "./answer-messages.js";
import * as comparison from "./compare-messages.js";
import * as exports from "./export/messages.js";
import { linkageRuleJob, measurementJobs } from "./jobs.js";
import { measurementsHome } from "./home.js";
import { LINKAGE_RULE_CRON } from "./service/job-names.js";
import * as staff from "./messages.js";
import { measurementRoutes, measurementsNav } from "./routes.js";
import * as runs from "./run-messages.js";
import { measurementKinds } from "./notifications.js";

const messages = { staff, answers, runs, exports, comparison };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const measurementsFeature: Feature = {
  notifications: measurementKinds,
  name: "measurements",
  routes: measurementRoutes,
  nav: [measurementsNav],
  home: measurementsHome,
  jobs: measurementJobs,
  schedules: [{ job: linkageRuleJob, cron: LINKAGE_RULE_CRON }],
  messages,
  contributes: [
    contribution(personalData, {
      name: "measurements",
      covers: ["measurement_invitations.user_id", "measurement_invitations.guardian_id"],
      read: invitationsOfPerson,
    }),
  ],
};
