/**
 * Notifications: notify() records, in the caller's transaction, one mail per recipient in
 * the outbox and queues the job that delivers them (a transactional outbox). The mails
 * exist exactly when the change that causes them commits: a crash after the commit leaves
 * them for the job, a rollback takes them away. The delivery job (mail/jobs.ts) is
 * idempotent: a retried job sends nothing twice.
 *
 * Each mail is rendered at recording, in the recipient's language: the transaction that
 * causes it already holds everything the text needs (names, times, the questionnaire link),
 * read consistently with the change itself; delivery is then a plain copy to SMTP, which a
 * retry can repeat safely, and no feature has to make its mails re-renderable later from
 * stored parameters. The price is that a language changed in the seconds between recording
 * and delivery is not followed. Recipients come from the pupils school directory
 * (guardiansOfChildren in pupils/index.ts) or the feature's own queries.
 */
import { sql } from "drizzle-orm";
import type { Tx } from "../db/client.js";
import { outbox, type MailAttachment } from "../db/schema/index.js";
import type { Jobs } from "../jobs/queue.js";
import { translator, type Locale, type Translate } from "../web/i18n/index.js";
import { deliverMailJob } from "./jobs.js";

export interface Recipient {
  email: string;
  locale: Locale;
}

export interface Message {
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/** Records a mail for each recipient, rendered in their language, and queues its delivery. */
export async function notify<R extends Recipient>(
  tx: Tx,
  jobs: Pick<Jobs, "send">,
  recipients: readonly R[],
  render: (recipient: R, t: Translate) => Message,
): Promise<void> {
  if (recipients.length === 0) return;
  const rows = recipients.map((recipient) => {
    const message = render(recipient, translator(recipient.locale));
    // clock_timestamp(), not the transaction's now(): mails recorded together keep their order.
    return {
      to: recipient.email,
      ...message,
      attachments: message.attachments ?? null,
      createdAt: sql`clock_timestamp()`,
    };
  });
  const ids = await tx.insert(outbox).values(rows).returning({ id: outbox.id });
  await jobs.send(tx, deliverMailJob, { ids: ids.map((row) => row.id) });
}
