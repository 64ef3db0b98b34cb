/** The measurements feature's manifest: staff pages, answering by link, exports and their jobs. */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { personalData } from "../account/index.js";
import { auditReferences } from "../pupils/index.js";
import { measurementsForAudit } from "./service/audit-references.js";
import { invitationsOfPerson } from "./service/personal-export.js";
import { linkageRuleJob, measurementJobs } from "./jobs.js";
import { measurementsHome } from "./home.js";
import { LINKAGE_RULE_CRON } from "./service/job-names.js";
import { measurementRoutes, measurementsNav } from "./routes.js";
import { measurementKinds } from "./notifications.js";

export const measurementsFeature: Feature = {
  notifications: measurementKinds,
  name: "measurements",
  routes: measurementRoutes,
  nav: [measurementsNav],
  home: measurementsHome,
  jobs: measurementJobs,
  schedules: [{ job: linkageRuleJob, cron: LINKAGE_RULE_CRON }],
  contributes: [
    contribution(auditReferences, measurementsForAudit),
    contribution(personalData, {
      name: "measurements",
      covers: ["measurement_invitations.user_id", "measurement_invitations.guardian_id"],
      read: invitationsOfPerson,
    }),
  ],
};
