/** The jobs of this feature, listed in its manifest; tests call the service directly. */
import { defineSweep } from "../../jobs/definition.js";
import { EVENT_REMINDERS_JOB } from "./job-names.js";
import { sendEventReminders } from "./service/reminders.js";

export const eventRemindersJob = defineSweep(
  EVENT_REMINDERS_JOB,
  async (deps) => ({ mailed: await sendEventReminders(deps) }),
  "event reminders",
);
