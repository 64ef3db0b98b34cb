/**
 * Outgoing mail. Every message is first a row in the outbox; delivering it hands it to SMTP
 * (SMTP_URL), marks it sent and empties its body, so no link in it stays readable at rest.
 * Without SMTP a mail is never sent: outside production its body stays for /dev/outbox (and
 * is printed to the log) until the outbox sweep removes the row a day later; in production
 * there is nobody to read it, so delivery empties it at once. Mails go out through notify()
 * (src/mail/notify.ts) and the delivery job; only invitations' sign-in links are sent at once with
 * send(), and the sign-in page's links by a job of their own (src/features/auth/service.ts).
 */
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import type { Logger } from "pino";
import { anyOf, preparedStatement, type Db } from "../db/client.js";
import { orderedId } from "../db/ordered-id.js";
import { outbox, type MailAttachment } from "../db/schema/index.js";
import { composeMail, type MailLinks } from "./compose.js";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Files sent along (a calendar invitation); kept until the mail is delivered. */
  attachments?: MailAttachment[];
  /** The recipient's account: the mail goes with it when it is deleted (its sign-in link with it). */
  userId?: string;
}

export interface Mailer {
  /**
   * Records a mail and delivers it at once, in the caller's request. Only for the sign-in links
   * of staff and guardian invitations: their token is valid for ten
   * minutes and someone is waiting for it, so it must not wait in a queue behind a
   * measurement's thousand invitations, nor for a worker the command line does not run; and
   * a lost one is replaced by asking again. The sign-in page's own links are recorded with the
   * same statement whether the address has an account or not and delivered by a job, so the
   * answer's time tells nothing (decision 002). Everything else goes through notify().
   */
  send(mail: Mail): Promise<void>;
  /** Delivers these outbox rows unless already done; a retried job sends nothing twice. */
  deliver(ids: readonly string[]): Promise<void>;
  /** Whether mail leaves through SMTP; without it, mail stays in the outbox. */
  readonly smtp: boolean;
}

interface MailerOptions {
  db: Db;
  logger: Logger;
  smtpUrl?: string | undefined;
  from: string;
  /** Print the mail body to the log (development without SMTP). */
  printToConsole: boolean;
  /** In production a mail without SMTP is not kept for the dev outbox. */
  production?: boolean;
  /** Where unsubscribe links point and the key that signs them; without, mails go without them. */
  links?: MailLinks;
}

/** How long one delivery may hold a row; a crashed one lets go when it passes. */
const LEASE = sql`now() + interval '60 seconds'`;

/**
 * How many mails one delivery hands to SMTP at the same time, each over a connection kept open
 * for the delivery's next ones. One after another, every mail waited for its claim, a new
 * connection with its greeting, each SMTP answer and its mark as sent (about ten round trips
 * between processes): a school's news reached 200 parents in 44 s on a loaded machine
 * (`npm run bench -- communication`, docs/benchmarks.md).
 */
export const DELIVERY_PARALLEL = 4;
/** Mails claimed per statement (under one lease), then sent DELIVERY_PARALLEL at a time. */
const CLAIM_BATCH = 50;

/**
 * nodemailer loads with the first mail sent over SMTP, not at every start (nor without SMTP).
 * A sign-in link goes over a connection of its own; a delivery's mails over a pool of
 * connections opened for that delivery and closed after it, so none stays open idle.
 */
function smtpTransports(url: string) {
  let nodemailer: Promise<(typeof import("nodemailer"))["default"]> | undefined;
  const load = () => (nodemailer ??= import("nodemailer").then((module) => module.default));
  let single: Promise<Transporter> | undefined;
  return {
    single: () => (single ??= load().then((mailer) => mailer.createTransport(url))),
    pooled: async () =>
      (await load()).createTransport({ url, pool: true, maxConnections: DELIVERY_PARALLEL, maxMessages: Infinity }),
  };
}

/** Runs fn over the items, at most `limit` at once; after a failure none starts, and it rejects with the first. */
async function eachAtMost<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      await fn(item).catch((error: unknown) => void (failure ??= { error }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}

export function createMailer(options: MailerOptions): Mailer {
  const { db, logger } = options;
  const transports = options.smtpUrl ? smtpTransports(options.smtpUrl) : null;

  /** Without SMTP: shown in the log and at /dev/outbox outside production, dropped in it. */
  async function keepInOutbox(id: string, mail: { to: string; subject: string; text: string | null }) {
    if (options.production) {
      logger.warn({ mailId: id }, "SMTP_URL is not set: mail not delivered");
      await db.update(outbox).set({ text: null, attachments: null }).where(eq(outbox.id, id));
    } else if (options.printToConsole) {
      logger.info({ to: mail.to, subject: mail.subject }, `mail (outbox):\n${mail.text ?? ""}`);
    }
  }

  async function keepOne(id: string): Promise<void> {
    const [mail] = await db.select().from(outbox).where(eq(outbox.id, id));
    if (mail?.text) await keepInOutbox(id, mail);
  }

  /** Hands one claimed mail to SMTP and marks it sent; a refused one is let go for the next attempt. */
  async function deliverClaimed(mail: ClaimedMail, transport: Transporter): Promise<void> {
    try {
      // The outbox id as Message-ID: should SMTP accept a mail whose sent_at then never got
      // written (a crash in between), the copy sent on retry is recognisably the same mail.
      const { text, html, headers } = composeMail({ ...mail, text: mail.text ?? "" }, options.links);
      const attachments = mail.attachments ?? [];
      const message = {
        to: mail.to,
        subject: mail.subject,
        text,
        html,
        headers,
        attachments,
        messageId: `<${mail.id}@samen>`,
      };
      await transport.sendMail({ from: options.from, ...message });
    } catch (error) {
      await release(db, [mail.id]);
      throw error;
    }
    await markSent(db, { id: mail.id });
  }

  /**
   * Claims the mails a batch at a time and sends each batch DELIVERY_PARALLEL at a time. After a
   * failure nothing more starts and the batch's mails not yet tried are let go at once, so the
   * job's retry finds them free. Mails another delivery holds are left to it, and the delivery
   * then fails, so the job tries again later rather than send them twice.
   */
  async function deliverAll(ids: readonly string[], transport: Transporter): Promise<void> {
    for (let i = 0; i < ids.length; i += CLAIM_BATCH) {
      const batch = ids.slice(i, i + CLAIM_BATCH);
      const claimed = await claim(db, batch);
      const untried = new Set(claimed.map((mail) => mail.id));
      try {
        await eachAtMost(claimed, DELIVERY_PARALLEL, (mail) => {
          untried.delete(mail.id);
          return deliverClaimed(mail, transport);
        });
      } finally {
        if (untried.size > 0) await release(db, [...untried]);
      }
      if (claimed.length < batch.length) await failIfHeldElsewhere(db, batch, claimed);
    }
  }

  return {
    async send(mail) {
      const [row] = await db
        .insert(outbox)
        .values({ id: orderedId(), ...mail, attachments: mail.attachments ?? null })
        .returning({ id: outbox.id });
      if (transports) await deliverAll([row!.id], await transports.single());
      else await keepOne(row!.id);
    },
    async deliver(ids) {
      if (!transports) {
        for (const id of ids) await keepOne(id);
        return;
      }
      const pool = await transports.pooled();
      try {
        await deliverAll(ids, pool);
      } finally {
        pool.close();
      }
    },
    smtp: transports !== null,
  };
}

type ClaimedMail = Awaited<ReturnType<typeof claim>>[number];

/**
 * Takes these rows for this delivery, in one statement: those not sent, not gone, not held for
 * the digest and not held by another delivery.
 */
function claim(db: Db, ids: readonly string[]) {
  const free = or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, sql`now()`));
  return db
    .update(outbox)
    .set({ claimedUntil: LEASE })
    .where(and(anyOf(outbox.id, ids), isNull(outbox.sentAt), eq(outbox.heldForDigest, false), free))
    .returning({
      id: outbox.id,
      to: outbox.to,
      subject: outbox.subject,
      text: outbox.text,
      attachments: outbox.attachments,
      kind: outbox.kind,
      userId: outbox.userId,
      locale: outbox.locale,
    });
}

/** Fails when a mail of the batch that was not claimed is held by another delivery (rather than sent, gone or held for the digest). */
async function failIfHeldElsewhere(db: Db, batch: readonly string[], claimed: readonly { id: string }[]) {
  const taken = new Set(claimed.map((mail) => mail.id));
  const others = batch.filter((id) => !taken.has(id));
  // A mail held for the digest goes out inside it (src/notifications/digest.ts), never by itself.
  const [busy] = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(anyOf(outbox.id, others), isNull(outbox.sentAt), eq(outbox.heldForDigest, false)))
    .limit(1);
  if (busy) throw new Error(`mail ${busy.id} is being delivered by another run`);
}

/** Lets these claimed rows go for another attempt. */
async function release(db: Db, ids: readonly string[]) {
  await db.update(outbox).set({ claimedUntil: null }).where(anyOf(outbox.id, ids));
}

/** A sent mail keeps no body: its links must not stay readable at rest. Once per mail, so prepared. */
const markSent = preparedStatement(
  "mail_sent",
  () => sql`update outbox set sent_at = now(), claimed_until = null, text = null, attachments = null
    where id = ${sql.placeholder("id")}`,
);
