/** The jobs of this feature, listed in its manifest; tests call the handlers directly. */
import { defineJob } from "../../jobs/definition.js";
import { closeWhenDue } from "./service/close-when-due.js";
import { z } from "zod";
import {
  CLOSE_JOB,
  INVITE_JOB,
  LINKAGE_RULE_JOB,
  REMIND_JOB,
  VACUUM_JOB,
  measurementJob,
  reminderJob,
} from "./service/job-names.js";
import { applyLinkageRuleToOlderClosings } from "./service/older-closings.js";
import { runInvitations } from "./service/open.js";
import { runReminders } from "./service/reminders.js";
import { vacuumAfterSealing } from "./service/vacuum.js";

export const inviteJob = defineJob({
  name: INVITE_JOB,
  schema: measurementJob,
  handle: (job, { deps }) => runInvitations(deps, job),
});
export const remindJob = defineJob({
  name: REMIND_JOB,
  schema: reminderJob,
  handle: (job, { deps }) => runReminders(deps, job),
});
export const closeJob = defineJob({
  name: CLOSE_JOB,
  schema: measurementJob,
  handle: (job, { deps }) => closeWhenDue(deps, job),
});
/** The vacuum after closing runs as the owner of the tables, the only one who may. */
export const vacuumJob = defineJob({
  name: VACUUM_JOB,
  schema: measurementJob,
  handle: (job, { deps, owner }) => vacuumAfterSealing(deps.db, owner, job),
});

/** Scheduled: the storage rule for small classes, applied to measurements closed before it. */
export const linkageRuleJob = defineJob({
  name: LINKAGE_RULE_JOB,
  schema: z.object({}),
  handle: (_job, { deps }) => applyLinkageRuleToOlderClosings(deps),
});

export const measurementJobs = [inviteJob, remindJob, closeJob, vacuumJob, linkageRuleJob];
