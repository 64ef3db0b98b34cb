/**
 * The outbox: every mail is recorded here, then delivered by a job (src/mail/). The body
 * (text, attachments) stays only until SMTP has accepted the mail; without SMTP, outside
 * production, for the dev outbox page until the outbox sweep removes the row.
 */
import { boolean, index, jsonb, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { and, isNull } from "drizzle-orm";
import { users } from "./accounts.js";
import { at, createdAt, globalTable } from "./columns.js";

/** A file sent with a mail (a calendar invitation); kept until the mail is delivered. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export const outbox = globalTable(
  "outbox",
  {
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    /** Null once delivered: a sent mail's links must not stay readable at rest. */
    text: text("text"),
    attachments: jsonb("attachments").$type<MailAttachment[]>(),
    createdAt: createdAt(),
    sentAt: at("sent_at"),
    /** A delivery in progress holds the row until then; a crashed one lets go when it passes. */
    claimedUntil: at("claimed_until"),
    /** The kind of notification (src/notifications/kinds.ts); null for a sign-in link. */
    kind: text("kind"),
    /** The recipient's account, when the address has one: whose settings and unsubscribe link apply. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    /** The recipient's language, for what delivery adds (the unsubscribe footer, the HTML version). */
    locale: text("locale"),
    /** Waits for the person's daily digest instead of being delivered by itself. */
    heldForDigest: boolean("held_for_digest").notNull().default(false),
    /** The digest mail that took this held mail in. */
    digestId: uuid("digest_id"),
    /** A digest's "<user id>/<school date>": one digest per person per day, however often the job runs. */
    digestKey: text("digest_key"),
  },
  (t) => [
    index("outbox_pending_idx").on(t.createdAt).where(isNull(t.sentAt)),
    index("outbox_sent_idx").on(t.sentAt),
    index("outbox_held_idx")
      .on(t.userId)
      .where(and(t.heldForDigest, isNull(t.digestId))!),
    uniqueIndex("outbox_digest_key").on(t.digestKey),
  ],
);
