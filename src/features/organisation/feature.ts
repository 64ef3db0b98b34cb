/**
 * The organisation feature's manifest: settings, locations, staff, advisors, invitations waiting
 * for a person's consent (their clean-up, their part of the person's data export) and the platform admin.
 */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { accountData } from "../account/index.js";
import { auditReferences } from "../pupils/index.js";
import { invitationsKept } from "./invitations.js";
import { inviteesForAudit } from "./invitees-for-audit.js";
import { INVITATION_SWEEP_CRON } from "./job-names.js";
import { invitationSweepJob } from "./jobs.js";
import { organisationNav, organisationRoutes } from "./routes.js";

export const organisationFeature: Feature = {
  name: "organisation",
  routes: organisationRoutes,
  nav: [organisationNav],
  jobs: [invitationSweepJob],
  schedules: [{ job: invitationSweepJob, cron: INVITATION_SWEEP_CRON }],
  contributes: [
    contribution(accountData, {
      name: "staffInvitations",
      covers: ["staff_invitations.user_id"],
      read: (db, userId) => invitationsKept(db, userId),
    }),
    contribution(auditReferences, inviteesForAudit),
  ],
};
