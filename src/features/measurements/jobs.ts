/** The workers of this feature, listed in its manifest and started by src/server.ts; tests call the handlers directly. */
import type { JobDefinition } from "../../jobs/definition.js";
import { closeWhenDue } from "./service/close-when-due.js";
import { CLOSE_JOB, INVITE_JOB, REMIND_JOB, VACUUM_JOB, type MeasurementJob } from "./service/job-names.js";
import { runInvitations } from "./service/open.js";
import { runReminders, type ReminderJob } from "./service/reminders.js";
import { vacuumSealedTables } from "./service/vacuum.js";

export const measurementJobs: readonly JobDefinition[] = [
  { name: INVITE_JOB, handle: async (job: MeasurementJob, { deps }) => void (await runInvitations(deps, job)) },
  { name: REMIND_JOB, handle: async (job: ReminderJob, { deps }) => void (await runReminders(deps, job)) },
  { name: CLOSE_JOB, handle: async (job: MeasurementJob, { deps }) => void (await closeWhenDue(deps, job)) },
  // The vacuum after closing runs as the owner of the tables, the only one who may.
  { name: VACUUM_JOB, handle: (_job: MeasurementJob, { owner }) => vacuumSealedTables(owner) },
];
