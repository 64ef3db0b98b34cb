/** The digest job: every hour on the hour (school time), the digests that are due (digest.ts). */
import { z } from "zod";
import { defineJob } from "../jobs/definition.js";
import { sendDigests } from "./digest.js";

export const digestJob = defineJob({
  name: "notification-digest",
  schema: z.object({}),
  handle: (_data, { deps }) => sendDigests(deps.db, deps.jobs),
});

export const DIGEST_CRON = "0 * * * *";
