/**
 * The daily digest. notify() holds a mail for the digest when its recipient chose so for its
 * kind; every hour a scheduled job (jobs.ts) gathers, for each person whose digest hour has come
 * today and who has no digest for today yet, what is held for them into one mail, and queues
 * its delivery. A run the scheduler missed is caught up by the next one.
 *
 * Idempotent: a digest row carries the key "<user id>/<school date>" (unique), so a retried or
 * duplicated run, even one running at the same moment, inserts no second digest for that day,
 * and only the run whose digest was inserted marks the held mails as sent inside it, in the same
 * transaction. Mails held after today's digest wait for tomorrow's.
 *
 * It streams: people are taken in batches by account id (keyset), each batch in a transaction
 * of its own, so neither the list of recipients nor their mails are ever held whole in memory.
 */
import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client.js";
import { orderedId } from "../db/ordered-id.js";
import { notificationPreferences, outbox, users, type MailAttachment } from "../db/schema/index.js";
import type { Jobs } from "../jobs/queue.js";
import { formatDate } from "../lib/time/format.js";
import { utcToLocal } from "../lib/time/zone.js";
import { localeOf, translator, type Locale } from "../web/i18n/index.js";
import { deliverMailJob } from "../mail/jobs.js";
import { DEFAULT_DIGEST_HOUR } from "./kinds.js";
import { DIGEST } from "./unsubscribe-token.js";

export const DIGEST_BATCH = 500;

interface HeldMail {
  id: string;
  userId: string;
  subject: string;
  text: string | null;
  attachments: MailAttachment[] | null;
}

/** Sends today's digests that are due at `now`; returns how many people got one. */
export async function sendDigests(
  db: Db,
  jobs: Pick<Jobs, "send">,
  now: Date = new Date(),
  batchSize = DIGEST_BATCH,
): Promise<number> {
  const { date, time } = utcToLocal(now);
  const hour = Number(time.slice(0, 2));
  let after = "00000000-0000-0000-0000-000000000000";
  let sent = 0;
  for (;;) {
    const people = await duePeople(db, { date, hour, after, limit: batchSize });
    if (people.length === 0) return sent;
    sent += await db.transaction((tx) => digestBatch(tx, jobs, people, date));
    after = people[people.length - 1]!;
  }
}

const keyOf = (userId: string, date: string) => `${userId}/${date}`;

/** The next batch of people with held mail whose digest hour has come and who have none today. */
async function duePeople(db: Db, at: { date: string; hour: number; after: string; limit: number }) {
  const rows = await db
    .selectDistinct({ userId: outbox.userId })
    .from(outbox)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, outbox.userId))
    .where(
      and(
        eq(outbox.heldForDigest, true),
        isNull(outbox.digestId),
        gt(outbox.userId, at.after),
        sql`coalesce(${notificationPreferences.digestHour}, ${DEFAULT_DIGEST_HOUR}) <= ${at.hour}`,
        sql`not exists (select 1 from outbox d where d.digest_key = ${outbox.userId}::text || '/' || ${at.date})`,
      ),
    )
    .orderBy(asc(outbox.userId))
    .limit(at.limit);
  return rows.map((row) => row.userId!);
}

/** One transaction: a digest per person (unless another run made it), its held mails marked as sent in it. */
async function digestBatch(tx: Tx, jobs: Pick<Jobs, "send">, people: string[], date: string): Promise<number> {
  const held: HeldMail[] = await tx
    .select({
      id: outbox.id,
      userId: outbox.userId,
      subject: outbox.subject,
      text: outbox.text,
      attachments: outbox.attachments,
    })
    .from(outbox)
    .where(and(eq(outbox.heldForDigest, true), isNull(outbox.digestId), inArray(outbox.userId, people)))
    .orderBy(asc(outbox.userId), asc(outbox.createdAt), asc(outbox.id))
    .then((rows) => rows.map((row) => ({ ...row, userId: row.userId! })));
  const accounts = await tx
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(inArray(users.id, people));
  const heldBy = new Map<string, HeldMail[]>();
  for (const mail of held) {
    const list = heldBy.get(mail.userId);
    if (list) list.push(mail);
    else heldBy.set(mail.userId, [mail]);
  }
  const digests = accounts.flatMap((account) => {
    const mails = heldBy.get(account.id);
    return mails ? [digestRow(account, mails, date)] : [];
  });
  if (digests.length === 0) return 0;
  const made = await tx
    .insert(outbox)
    .values(digests)
    .onConflictDoNothing({ target: outbox.digestKey })
    .returning({ id: outbox.id });
  if (made.length === 0) return 0;
  const madeIds = made.map((row) => row.id);
  // Only the mails read above, and only for the digests this run made: a duplicate run marks none.
  await tx.execute(sql`update outbox held
    set digest_id = made.id, sent_at = now(), text = null, attachments = null
    from outbox made
    where made.id = any(${sql.param(madeIds)}::uuid[]) and held.user_id = made.user_id
      and held.id = any(${sql.param(held.map((mail) => mail.id))}::uuid[])`);
  await jobs.send(tx, deliverMailJob, { ids: madeIds });
  return made.length;
}

const RULE = "\n\n————————————\n\n";

function digestRow(account: { id: string; email: string; locale: string | null }, mails: HeldMail[], date: string) {
  const locale: Locale = localeOf(account.locale);
  const t = translator(locale);
  const items = mails.map(
    (mail, i) => `${t("mail.digest.item", { number: i + 1, subject: mail.subject })}\n\n${mail.text ?? ""}`,
  );
  const attachments = mails.flatMap((mail) => mail.attachments ?? []);
  return {
    id: orderedId(),
    to: account.email,
    subject: t("mail.digest.subject", { date: formatDate(locale, date) }),
    text: `${t("mail.digest.intro", { count: mails.length })}${RULE}${items.join(RULE)}`,
    attachments: attachments.length > 0 ? attachments : null,
    kind: DIGEST,
    userId: account.id,
    locale,
    digestKey: keyOf(account.id, date),
    createdAt: sql`clock_timestamp()`,
  };
}
