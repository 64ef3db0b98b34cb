/**
 * Outgoing mail. Every message is kept in the outbox table; with SMTP_URL it is
 * also delivered through nodemailer, without it it stays there (shown at
 * /dev/outbox outside production) and is printed to the log for development.
 */
import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Logger } from "pino";
import type { Db } from "../db/client.js";
import { outbox, type MailAttachment } from "../db/schema/index.js";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Files sent along (a calendar invitation); the outbox keeps them too. */
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

interface MailerOptions {
  db: Db;
  logger: Logger;
  smtpUrl?: string | undefined;
  from: string;
  /** Print the mail body to the log (development without SMTP). */
  printToConsole: boolean;
}

export function createMailer(options: MailerOptions): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async send(mail) {
      const [row] = await options.db
        .insert(outbox)
        .values({ ...mail, attachments: mail.attachments ?? null })
        .returning({ id: outbox.id });
      if (!transport) {
        if (options.printToConsole) {
          options.logger.info({ to: mail.to, subject: mail.subject }, `mail (outbox):\n${mail.text}`);
        }
        return;
      }
      await transport.sendMail({ from: options.from, ...mail });
      if (row) await options.db.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, row.id));
    },
  };
}
