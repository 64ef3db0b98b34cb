/** The outbox: every mail is recorded here; without SMTP this is where it stays. */
import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** A file sent with a mail (a calendar invitation); kept whole in the outbox. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export const outbox = pgTable("outbox", {
  id: uuid("id").primaryKey().defaultRandom(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  attachments: jsonb("attachments").$type<MailAttachment[]>(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp("sent_at", { withTimezone: true }),
});
