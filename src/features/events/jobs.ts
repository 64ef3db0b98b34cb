/** The jobs of this feature, listed in its manifest; tests call the service directly. */
import { defineJob } from "../../jobs/definition.js";
import { EVENT_REMINDERS_JOB, eventRemindersPayload } from "./job-names.js";
import { sendEventReminders } from "./service/reminders.js";

export const eventRemindersJob = defineJob({
  name: EVENT_REMINDERS_JOB,
  schema: eventRemindersPayload,
  handle: async (_data, { deps }) => {
    const mailed = await sendEventReminders(deps);
    deps.logger.info({ mailed }, "event reminders");
  },
});
