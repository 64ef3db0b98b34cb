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
 *
 * A mail speaks the words of the organisation whose transaction records it (app.org_id, which every
 * organisation's change sets): a daycare's or preschool's parents read "de opvang" where a school's
 * read "de school" (wordingOf). The same statement that reads the settings reads the organisation's
 * type, so no feature passes it and no mail costs a round trip more; the platform's own mails
 * (the campaign, the panel) have no organisation and a school's words.
 */
import { sql } from "drizzle-orm";
import { preparedQuery, preparedStatement, type Tx } from "../db/client.js";
import { orderedId } from "../db/ordered-id.js";
import { outbox, type MailAttachment } from "../db/schema/index.js";
import type { Jobs } from "../jobs/queue.js";
import { localeOf, translator, wordingOf, type Locale, type Translate } from "../web/i18n/index.js";
import { effectiveDelivery, type Delivery, type NotificationKind } from "../notifications/kinds.js";
import { deliverMailJob } from "./jobs.js";

export interface Recipient {
  email: string;
  locale: Locale;
}

/** What a service that mails needs: the queue (for the caller's transaction) and the site's address for links. */
export interface MailDeps {
  jobs: Pick<Jobs, "send">;
  publicUrl: string;
}

/** A person read from the database as a mail's recipient: in their own language (localeOf). */
export function asRecipient<P extends { locale: string | null }>(person: P): Omit<P, "locale"> & { locale: Locale } {
  return { ...person, locale: localeOf(person.locale) };
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
  const { addressees, wording } = await addresseesOf(tx, kind, recipients);
  const rows = recipients.flatMap((recipient) => {
    const { userId, delivery } = addressees.get(recipient.email.toLowerCase()) ?? noAccount(kind);
    if (delivery === "off") return [];
    const message = render(recipient, translator(recipient.locale, wording));
    return [
      {
        to: recipient.email,
        ...message,
        attachments: message.attachments ?? null,
        kind: kind.name,
        userId,
        locale: recipient.locale,
        heldForDigest: delivery === "digest",
      },
    ];
  });
  if (rows.length === 0) return;
  const recorded = await recordMails(tx, rows);
  const ids = recorded.filter((row) => !row.held).map((row) => row.id);
  if (ids.length > 0) await jobs.send(tx, deliverMailJob, { ids });
}

/** Without an account there is no setting and no digest: the default, or at once instead of the digest. */
function noAccount(kind: NotificationKind): Addressee {
  return { userId: null, delivery: kind.delivery === "digest" ? "now" : kind.delivery };
}

/**
 * The recipients' accounts and settings for this kind, by lower-cased address, and the words of the
 * transaction's organisation, in one query.
 */
async function addresseesOf(tx: Tx, kind: NotificationKind, recipients: readonly Recipient[]) {
  const emails = [...new Set(recipients.map((r) => r.email.toLowerCase()))];
  const rows = await accountsOf(tx, { kind: kind.name, emails });
  const accounts = rows.flatMap((row) =>
    row.id === null ? [] : [[row.email!, { userId: row.id, delivery: effectiveDelivery(kind, row.delivery) }] as const],
  );
  return { addressees: new Map<string, Addressee>(accounts), wording: wordingOf(rows[0]?.org_type) };
}

/**
 * Built once (prepared): every notification reads its recipients' settings. The organisation is the
 * first table, so its type comes back (on a row of nulls) when no address has an account.
 */
const accountsOf = preparedStatement<{
  org_type: string | null;
  id: string | null;
  email: string | null;
  delivery: Delivery | null;
}>(
  "notify_addressees",
  () => sql`select o.type as org_type, u.id, lower(u.email) as email, s.delivery
    from (select app_org_id() as id) here
    left join organisations o on o.id = here.id
    left join users u on lower(u.email) = any(${sql.placeholder("emails")}::text[])
    left join notification_settings s on s.user_id = u.id and s.kind = ${sql.placeholder("kind")}`,
);

interface MailRow {
  to: string;
  subject: string;
  text: string;
  attachments: MailAttachment[] | null;
  kind: string;
  userId: string | null;
  locale: string;
  heldForDigest: boolean;
}

/**
 * The outbox's insert of n mails, built once per n (prepared); each row's createdAt is its
 * clock_timestamp() and its id an orderedId(), so mails recorded together keep their order.
 */
const mailInserts = new Map<number, ReturnType<typeof mailInsert>>();
const MAIL_COLUMNS = ["to", "subject", "text", "kind", "userId", "locale", "heldForDigest"] as const;
const mailInsert = (n: number) =>
  preparedQuery(`outbox_insert_${n}`, (db) =>
    db
      .insert(outbox)
      .values(
        Array.from({ length: n }, (_, i) => ({
          id: sql.placeholder(`id${i}`),
          to: sql.placeholder(`to${i}`),
          subject: sql.placeholder(`subject${i}`),
          text: sql.placeholder(`text${i}`),
          // The JSON as text (a placeholder's value skips the column's own encoding).
          attachments: sql`${sql.placeholder(`attachments${i}`)}::jsonb`,
          // clock_timestamp(), not the transaction's now(): mails recorded together keep their order.
          createdAt: sql`clock_timestamp()`,
          kind: sql.placeholder(`kind${i}`),
          userId: sql.placeholder(`userId${i}`),
          locale: sql.placeholder(`locale${i}`),
          heldForDigest: sql.placeholder(`heldForDigest${i}`),
        })),
      )
      .returning({ id: outbox.id, held: outbox.heldForDigest }),
  );

/**
 * A statement is kept per number of mails on every pooled connection, so only the small counts a
 * request's notice has (a family's guardians) are prepared; a larger fan-out is built each time.
 */
const MOST_MAILS_PREPARED = 8;

function recordMails(tx: Tx, rows: readonly MailRow[]) {
  if (rows.length > MOST_MAILS_PREPARED) {
    const values = rows.map((row) => ({ id: orderedId(), ...row, createdAt: sql`clock_timestamp()` }));
    return tx.insert(outbox).values(values).returning({ id: outbox.id, held: outbox.heldForDigest });
  }
  let insert = mailInserts.get(rows.length);
  if (!insert) mailInserts.set(rows.length, (insert = mailInsert(rows.length)));
  const values: Record<string, unknown> = {};
  rows.forEach((row, i) => {
    values[`id${i}`] = orderedId();
    for (const column of MAIL_COLUMNS) values[`${column}${i}`] = row[column];
    values[`attachments${i}`] = row.attachments === null ? null : JSON.stringify(row.attachments);
  });
  return insert(tx, values);
}
