/** The mail jobs: delivering what notify() recorded and sign-in links, and the outbox sweep (every five minutes). */
import { z } from "zod";
import { defineJob } from "../jobs/definition.js";
import { sweepOutbox } from "./outbox-sweep.js";

export const deliverMailJob = defineJob({
  name: "mail-delivery",
  schema: z.object({ ids: z.array(z.string().uuid()).min(1) }),
  handle: ({ ids }, { deps }) => deps.mailer.deliver(ids),
});

/**
 * Delivering a sign-in link, queued by every request for one, with the address known or not (an
 * empty list then), so the answer never waits for SMTP nor depends on the address. A queue of its
 * own: a link someone waits for does not queue behind a measurement's thousand invitations.
 */
export const deliverSignInLinkJob = defineJob({
  name: "mail-sign-in-link",
  schema: z.object({ ids: z.array(z.string().uuid()).max(1) }),
  handle: async ({ ids }, { deps }) => {
    if (ids.length > 0) await deps.mailer.deliver(ids);
  },
});

export const sweepOutboxJob = defineJob({
  name: "mail-outbox-sweep",
  schema: z.object({}),
  handle: (_data, { deps }) => sweepOutbox(deps.db, deps.mailer),
});

export const OUTBOX_SWEEP_CRON = "*/5 * * * *";

export const mailJobs = [deliverMailJob, deliverSignInLinkJob, sweepOutboxJob];
