/** The panel's jobs, listed in its manifest; tests call the handlers directly. */
import { z } from "zod";
import { defineJob } from "../../jobs/definition.js";
import { CLEANUP_CRON, CLEANUP_JOB, INVITE_JOB, REMIND_JOB, reminderJob, surveyJob, VACUUM_JOB } from "./job-names.js";
import { deleteUnconfirmed } from "./service/members.js";
import { runInvitations, runReminders, vacuumPanel } from "./service/surveys.js";

/** Scheduled: sign-ups never confirmed within 30 days are deleted; running it again deletes nothing more. */
export const cleanupJob = defineJob({
  name: CLEANUP_JOB,
  schema: z.object({}),
  handle: (_job, { deps }) => deleteUnconfirmed(deps.db),
});

/** Mails an opened survey's invitations; each is claimed once (`WHERE NOT mailed`). */
export const inviteJob = defineJob({
  name: INVITE_JOB,
  schema: surveyJob,
  handle: (job, { deps }) => runInvitations(deps, job),
});

/** Mails a round of reminders; each invitation is claimed once per round. */
export const remindJob = defineJob({
  name: REMIND_JOB,
  schema: reminderJob,
  handle: (job, { deps }) => runReminders(deps, job),
});

/** After closing or a member leaving: VACUUM as the owner, so old row versions do not linger. */
export const vacuumJob = defineJob({
  name: VACUUM_JOB,
  schema: surveyJob.partial(),
  handle: (_job, { owner }) => vacuumPanel(owner),
});

export const panelJobs = [cleanupJob, inviteJob, remindJob, vacuumJob];
export const panelSchedules = [{ job: cleanupJob, cron: CLEANUP_CRON }];
