/**
 * Discussion groups of an organisation (docs/discussions.md): groups on upbringing and school
 * topics, created by staff or proposed by a parent and approved by the leader or coordinator;
 * threads and replies in rich text (Markdown source); who joined a group, who follows a thread,
 * and who agreed to which version of the code of conduct, when.
 *
 * Personal data: what people wrote and who wrote it, memberships, follows and agreements. Kept
 * while the organisation exists; deleting the organisation deletes it all. A writer deletes
 * their own posts (the body is erased, the row stays as "deleted" so the replies keep their
 * place; a thread without other replies goes entirely). Deleting an account deletes its
 * memberships, follows and agreements; its posts stay, signed "a former parent" (as when a parent
 * leaves the organisation), unless the writer deleted them first. A person's export includes
 * everything they wrote, their groups, follows and agreements (`discussionsOfPerson`).
 */
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { at, belongsTo, createdAt, hiddenCheck, hideable, lengthCheck, owner, person, postIndexes } from "./columns.js";
import { orgId, orgTable } from "./organisations.js";
import { personMarks } from "./links.js";

export const discussionGroups = orgTable(
  "discussion_groups",
  {
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** proposed (by a parent, waiting), open, declined (with a reason), closed (read only). */
    status: text("status").notNull(),
    proposedBy: person("proposed_by"),
    decidedBy: person("decided_by"),
    decidedAt: at("decided_at"),
    declineReason: text("decline_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    index("discussion_groups_status_idx").on(t.orgId, t.status),
    lengthCheck(t.name, 1, 120),
    lengthCheck(t.description, 0, 1000),
    check("discussion_groups_status_check", sql`${t.status} in ('proposed', 'open', 'declined', 'closed')`),
  ],
);

export const discussionMembers = personMarks(
  "discussion_members",
  { groupId: uuid("group_id").notNull() },
  discussionGroups,
  {
    joinedAt: at("joined_at").notNull().defaultNow(),
  },
);

export const discussionThreads = orgTable(
  "discussion_threads",
  {
    groupId: uuid("group_id").notNull(),
    authorId: person("author_id"),
    /** Null once its writer deleted the opening post while others had replied. */
    title: text("title"),
    createdAt: createdAt(),
    lastPostAt: at("last_post_at").notNull().defaultNow(),
  },
  (t) => [
    belongsTo(discussionGroups, t.groupId),
    index("discussion_threads_group_idx").on(t.orgId, t.groupId, t.lastPostAt),
    index("discussion_threads_author_idx").on(t.authorId),
    check("discussion_threads_title_check", sql`${t.title} is null or length(${t.title}) between 1 and 150`),
  ],
);

export const discussionPosts = orgTable(
  "discussion_posts",
  {
    threadId: uuid("thread_id").notNull(),
    authorId: person("author_id"),
    /** As what they wrote it: a former parent and a former staff member are named differently. */
    authorRole: text("author_role").notNull(),
    /** Markdown source; empty once its writer deleted it. */
    body: text("body").notNull(),
    createdAt: createdAt(),
    editedAt: at("edited_at"),
    deletedAt: at("deleted_at"),
    ...hideable(),
  },
  (t) => [
    belongsTo(discussionThreads, t.threadId),
    ...postIndexes(t.threadId, t),
    check("discussion_posts_role_check", sql`${t.authorRole} in ('parent', 'staff')`),
    check(
      "discussion_posts_body_check",
      sql`(${t.deletedAt} is null and length(${t.body}) between 1 and 10000) or (${t.deletedAt} is not null and ${t.body} = '')`,
    ),
    hiddenCheck(t),
  ],
);

export const discussionFollows = personMarks(
  "discussion_follows",
  { threadId: uuid("thread_id").notNull() },
  discussionThreads,
  {
    createdAt: createdAt(),
  },
);

/** Who agreed to which version of the code of conduct, when: asked once per version. */
export const discussionAgreements = pgTable(
  "discussion_agreements",
  {
    orgId: orgId(),
    userId: owner("user_id"),
    version: integer("version").notNull(),
    agreedAt: at("agreed_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId, t.version] }),
    index("discussion_agreements_user_idx").on(t.userId),
  ],
);
