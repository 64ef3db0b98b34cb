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
 *
 * Every call names a kind of notification (src/notifications/kinds.ts). A recipient whose
 * address belongs to an account gets it as that person set it: at once, held for their daily
 * digest (src/notifications/digest.ts), or not at all; an urgent kind always at once. An
 * address without an account gets the kind's default, never held (a digest needs a person).
 * The row keeps the kind, the account and the language, so delivery can add the unsubscribe
 * link, its headers and the HTML version (src/mail/compose.ts).
 */
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../db/client.js";
import { notificationSettings, outbox, users, type MailAttachment } from "../db/schema/index.js";
import type { Jobs } from "../jobs/queue.js";
import { translator, type Locale, type Translate } from "../web/i18n/index.js";
import { effectiveDelivery, type Delivery, type NotificationKind } from "../notifications/kinds.js";
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

interface Addressee {
  userId: string | null;
  delivery: Delivery;
}

/** Records a mail of this kind for each recipient who wants it, in their language, and queues its delivery. */
export async function notify<R extends Recipient>(
  tx: Tx,
  jobs: Pick<Jobs, "send">,
  kind: NotificationKind,
  recipients: readonly R[],
  render: (recipient: R, t: Translate) => Message,
): Promise<void> {
  if (recipients.length === 0) return;
  const addressees = await addresseesOf(tx, kind, recipients);
  const rows = recipients.flatMap((recipient) => {
    const { userId, delivery } = addressees.get(recipient.email.toLowerCase()) ?? noAccount(kind);
    if (delivery === "off") return [];
    const message = render(recipient, translator(recipient.locale));
    // clock_timestamp(), not the transaction's now(): mails recorded together keep their order.
    return [
      {
        to: recipient.email,
        ...message,
        attachments: message.attachments ?? null,
        createdAt: sql`clock_timestamp()`,
        kind: kind.name,
        userId,
        locale: recipient.locale,
        heldForDigest: delivery === "digest",
      },
    ];
  });
  if (rows.length === 0) return;
  const recorded = await tx.insert(outbox).values(rows).returning({ id: outbox.id, held: outbox.heldForDigest });
  const ids = recorded.filter((row) => !row.held).map((row) => row.id);
  if (ids.length > 0) await jobs.send(tx, deliverMailJob, { ids });
}

/** Without an account there is no setting and no digest: the default, or at once instead of the digest. */
function noAccount(kind: NotificationKind): Addressee {
  return { userId: null, delivery: kind.delivery === "digest" ? "now" : kind.delivery };
}

/** The recipients' accounts and settings for this kind, by lower-cased address, in one query. */
async function addresseesOf(tx: Tx, kind: NotificationKind, recipients: readonly Recipient[]) {
  const emails = [...new Set(recipients.map((r) => r.email.toLowerCase()))];
  const rows = await tx
    .select({ id: users.id, email: sql<string>`lower(${users.email})`, delivery: notificationSettings.delivery })
    .from(users)
    .leftJoin(
      notificationSettings,
      and(eq(notificationSettings.userId, users.id), eq(notificationSettings.kind, kind.name)),
    )
    .where(sql`lower(${users.email}) = any(${sql.param(emails)}::text[])`);
  return new Map<string, Addressee>(
    rows.map((row) => [row.email, { userId: row.id, delivery: effectiveDelivery(kind, row.delivery) }]),
  );
}
