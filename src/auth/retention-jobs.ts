/** The hourly job that deletes expired sign-in data (retention.ts), listed in the auth feature's manifest. */
import { z } from "zod";
import { defineJob } from "../jobs/definition.js";
import { purgeExpiredAuthData } from "./retention.js";

/** Every hour at :23 (src/server.ts schedules it). */
export const AUTH_RETENTION_CRON = "23 * * * *";

export const authRetentionJob = defineJob({
  name: "auth-retention",
  schema: z.object({}),
  handle: async (_data, { deps }) => {
    const policy = { idleMinutes: deps.config.SESSION_IDLE_MINUTES, absoluteHours: deps.config.SESSION_ABSOLUTE_HOURS };
    const purged = await purgeExpiredAuthData(deps.db, policy);
    deps.logger.info({ purged }, "expired sign-in data deleted");
  },
});
