/**
 * The outbox: every mail is recorded here, then delivered by a job (src/mail/). The body
 * (text, attachments) stays only until SMTP has accepted the mail; without SMTP, outside
 * production, for the dev outbox page until the outbox sweep removes the row.
 */
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { isNull } from "drizzle-orm";

/** A file sent with a mail (a calendar invitation); kept until the mail is delivered. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    /** Null once delivered: a sent mail's links must not stay readable at rest. */
    text: text("text"),
    attachments: jsonb("attachments").$type<MailAttachment[]>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** A delivery in progress holds the row until then; a crashed one lets go when it passes. */
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
  },
  (t) => [index("outbox_pending_idx").on(t.createdAt).where(isNull(t.sentAt)), index("outbox_sent_idx").on(t.sentAt)],
);
