/**
 * Outgoing mail. Every message is first a row in the outbox; delivering it hands it to SMTP
 * (SMTP_URL), marks it sent and empties its body, so no link in it stays readable at rest.
 * Without SMTP a mail is never sent: outside production its body stays for /dev/outbox (and
 * is printed to the log) until the outbox sweep removes the row a day later; in production
 * there is nobody to read it, so delivery empties it at once. Mails go out through notify()
 * (src/mail/notify.ts) and the delivery job; only sign-in links are sent at once with send().
 */
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import type { Logger } from "pino";
import type { Db } from "../db/client.js";
import { outbox, type MailAttachment } from "../db/schema/index.js";
import { composeMail, type MailLinks } from "./compose.js";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Files sent along (a calendar invitation); kept until the mail is delivered. */
  attachments?: MailAttachment[];
}

export interface Mailer {
  /**
   * Records a mail and delivers it at once, in the caller's request. Only for sign-in links
   * (the sign-in page, staff and guardian invitations): their token is valid for ten
   * minutes and someone is waiting for it, so it must not wait in a queue behind a
   * measurement's thousand invitations, nor for a worker the command line does not run; and
   * a lost one is replaced by asking again. Everything else goes through notify().
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

/** nodemailer loads with the first mail sent over SMTP, not at every start (nor without SMTP). */
function smtpTransport(url: string): () => Promise<Transporter> {
  let transport: Promise<Transporter> | undefined;
  return () => (transport ??= import("nodemailer").then(({ default: nodemailer }) => nodemailer.createTransport(url)));
}

export function createMailer(options: MailerOptions): Mailer {
  const { db, logger } = options;
  const transport = options.smtpUrl ? smtpTransport(options.smtpUrl) : null;

  /** Without SMTP: shown in the log and at /dev/outbox outside production, dropped in it. */
  async function keepInOutbox(id: string, mail: { to: string; subject: string; text: string | null }) {
    if (options.production) {
      logger.warn({ mailId: id }, "SMTP_URL is not set: mail not delivered");
      await db.update(outbox).set({ text: null, attachments: null }).where(eq(outbox.id, id));
    } else if (options.printToConsole) {
      logger.info({ to: mail.to, subject: mail.subject }, `mail (outbox):\n${mail.text ?? ""}`);
    }
  }

  async function deliverOne(id: string): Promise<void> {
    if (!transport) {
      const [mail] = await db.select().from(outbox).where(eq(outbox.id, id));
      if (mail?.text) await keepInOutbox(id, mail);
      return;
    }
    const mail = await claim(db, id);
    if (!mail) return;
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
        messageId: `<${id}@samen>`,
      };
      await (await transport()).sendMail({ from: options.from, ...message });
    } catch (error) {
      await db.update(outbox).set({ claimedUntil: null }).where(eq(outbox.id, id));
      throw error;
    }
    await db
      .update(outbox)
      .set({ sentAt: new Date(), claimedUntil: null, text: null, attachments: null })
      .where(eq(outbox.id, id));
  }

  return {
    async send(mail) {
      const [row] = await db
        .insert(outbox)
        .values({ ...mail, attachments: mail.attachments ?? null })
        .returning({ id: outbox.id });
      await deliverOne(row!.id);
    },
    async deliver(ids) {
      for (const id of ids) await deliverOne(id);
    },
    smtp: transport !== null,
  };
}

/**
 * Takes the row for this delivery; null when it is sent, gone or held for the digest. A row another delivery
 * holds makes this one fail, so the job tries again later rather than send it twice.
 */
async function claim(db: Db, id: string) {
  const free = or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, sql`now()`));
  const [mail] = await db
    .update(outbox)
    .set({ claimedUntil: LEASE })
    .where(and(eq(outbox.id, id), isNull(outbox.sentAt), eq(outbox.heldForDigest, false), free))
    .returning({
      to: outbox.to,
      subject: outbox.subject,
      text: outbox.text,
      attachments: outbox.attachments,
      kind: outbox.kind,
      userId: outbox.userId,
      locale: outbox.locale,
    });
  if (mail) return mail;
  const [row] = await db
    .select({ sentAt: outbox.sentAt, held: outbox.heldForDigest })
    .from(outbox)
    .where(eq(outbox.id, id));
  // A mail held for the digest goes out inside it (src/notifications/digest.ts), never by itself.
  if (row && !row.sentAt && !row.held) throw new Error(`mail ${id} is being delivered by another run`);
  return null;
}
