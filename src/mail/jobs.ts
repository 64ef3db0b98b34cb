/** The mail jobs: delivering what notify() recorded, and the outbox sweep (every five minutes). */
import { z } from "zod";
import { defineJob } from "../jobs/definition.js";
import { sweepOutbox } from "./outbox-sweep.js";

export const deliverMailJob = defineJob({
  name: "mail-delivery",
  schema: z.object({ ids: z.array(z.string().uuid()).min(1) }),
  handle: ({ ids }, { deps }) => deps.mailer.deliver(ids),
});

export const sweepOutboxJob = defineJob({
  name: "mail-outbox-sweep",
  schema: z.object({}),
  handle: (_data, { deps }) => sweepOutbox(deps.db, deps.mailer),
});

export const OUTBOX_SWEEP_CRON = "*/5 * * * *";

export const mailJobs = [deliverMailJob, sweepOutboxJob];
