/**
 * Messages about a child (docs/messages.md): a thread is about one pupil, started by a parent
 * (seen by that parent and every staff member who teaches the child) or by staff (seen by every
 * guardian of the child, both households). Each post has the moment it is delivered: a parent's
 * post written in the school's quiet hours is delivered when they end. Who read which post is
 * kept per person. The school's quiet hours and the reply time parents may expect are one row
 * per organisation.
 *
 * Personal data: what parents and staff wrote about a child, and who read it when. Kept while the
 * child is in the school's register: deleting the pupil deletes their threads, posts, reads and
 * attachments (cascade; attachments with the thread). Deleting a person's account deletes their
 * reads and leaves their posts without their name (set null), since the other side's thread would
 * make no sense without them. A person's export includes the posts they wrote with the child and
 * thread's subject, and a parent's the school's posts to them with when they read them
 * (`messagesOfPerson`).
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { at, belongsTo, createdAt, lastChange, lengthCheck, person, postIndexes } from "./columns.js";
import { orgId, orgTable, pupils } from "./organisations.js";
import { personMarks } from "./links.js";

export const messageSide = pgEnum("message_side", ["parent", "staff"]);

/** One row per organisation; without one the defaults apply (18:00–07:30, weekends, two working days). */
export const messageSettings = pgTable(
  "message_settings",
  {
    orgId: orgId(),
    /** School time "HH:MM": quiet from (inclusive) until (exclusive); equal means no quiet hours on weekdays. */
    quietFrom: text("quiet_from").notNull().default("18:00"),
    quietUntil: text("quiet_until").notNull().default("07:30"),
    quietWeekends: boolean("quiet_weekends").notNull().default(true),
    /** The working days within which parents may expect an answer. */
    replyDays: integer("reply_days").notNull().default(2),
    ...lastChange(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId] }),
    check("message_settings_quiet_from_check", sql`${t.quietFrom} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check("message_settings_quiet_until_check", sql`${t.quietUntil} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check("message_settings_reply_days_check", sql`${t.replyDays} between 1 and 10`),
  ],
);

export const messageThreads = orgTable(
  "message_threads",
  {
    pupilId: uuid("pupil_id").notNull(),
    subject: text("subject").notNull(),
    startedBy: person("started_by"),
    /** A parent's thread is theirs and the child's teachers'; a staff thread is every guardian's of the child. */
    startedBySide: messageSide("started_by_side").notNull(),
    createdAt: createdAt(),
    /** When the newest post is delivered: lists are ordered by it. */
    lastPostAt: at("last_post_at").notNull().defaultNow(),
    /** Delivery of the oldest parent post no staff member has answered yet; null when nothing waits. */
    awaitingSince: at("awaiting_since"),
    closedAt: at("closed_at"),
    closedBy: person("closed_by"),
    /** The conversation request staff turned this thread into (conversations feature). */
    conversationRequestId: uuid("conversation_request_id"),
  },
  (t) => [
    belongsTo(pupils, t.pupilId),
    lengthCheck(t.subject, 1, 200),
    index("message_threads_pupil_idx").on(t.orgId, t.pupilId),
    index("message_threads_awaiting_idx").on(t.orgId, t.awaitingSince),
  ],
);

export const messagePosts = orgTable(
  "message_posts",
  {
    threadId: uuid("thread_id").notNull(),
    authorId: person("author_id"),
    side: messageSide("side").notNull(),
    /** Markdown (src/lib/rich-text). */
    body: text("body").notNull(),
    createdAt: createdAt(),
    /** When the other side sees it as new and is told: at once, or when quiet hours end. */
    deliverAt: at("deliver_at").notNull().defaultNow(),
    /** When the other side was notified (the delivery job's mark, so a retry sends nothing twice). */
    notifiedAt: at("notified_at"),
  },
  (t) => [belongsTo(messageThreads, t.threadId), lengthCheck(t.body, 1, 10000), ...postIndexes(t.threadId, t)],
);

/** Who read which post, once. */
export const messageReads = personMarks("message_reads", { postId: uuid("post_id").notNull() }, messagePosts, {
  readAt: at("read_at").notNull().defaultNow(),
});
