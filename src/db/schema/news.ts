/**
 * News (docs/news.md): staff post to the whole organisation, to chosen groups or to staff only,
 * now or at a set time; every edit is a version; translations per language; parents react with a
 * comment or a question, staff answer, moderators hide with a reason; a read is recorded once per
 * post and person, shown to staff only as a share per group; parents suggest items.
 *
 * Personal data: who wrote a post, reaction or suggestion and what it says; who read which post
 * and when (never shown by name, only counted). Kept while the post exists: deleting a post
 * deletes its versions, translations, groups, reactions and reads (cascade) and its attachments
 * (the service). Deleting a person's account deletes their reactions, suggestions and reads; their
 * posts stay, without the author (set null). Deleting the organisation deletes it all. A person's
 * export includes their reactions, suggestions and reads (`newsOfPerson`).
 */
import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, index, integer, text, uuid } from "drizzle-orm/pg-core";
import {
  at,
  belongsTo,
  createdAt,
  decision,
  hiddenCheck,
  hideable,
  lengthCheck,
  owner,
  person,
  postIndexes,
  schoolAnswer,
} from "./columns.js";
import { orgTable } from "./organisations.js";
import { groupsOf, partsOf, personMarks } from "./links.js";

/** How long a post's title and body may be, as written and in every translation. */
const postTextLimits = (t: { title: AnyPgColumn; body: AnyPgColumn }) => [
  lengthCheck(t.title, 1, 200),
  lengthCheck(t.body, 1, 20000),
];

/** A news post: its current title and body (Dutch, as written); `publishAt` null is a draft. */
export const newsPosts = orgTable(
  "news_posts",
  {
    authorId: person("author_id"),
    /** 'all' (every parent and staff), 'groups' (news_post_groups), 'staff'. */
    audience: text("audience").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    version: integer("version").notNull().default(1),
    /** When parents see it: now or later; null while it is a draft. */
    publishAt: at("publish_at"),
    pinned: boolean("pinned").notNull().default(false),
    reactionsOpen: boolean("reactions_open").notNull().default(true),
    /** The fan-out's progress: the last account mailed (keyset), and when it was done. */
    notifiedThrough: uuid("notified_through"),
    notifiedAt: at("notified_at"),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("news_posts_page_idx").on(t.orgId, t.pinned, t.publishAt),
    index("news_posts_author_idx").on(t.authorId),
    check("news_posts_audience_check", sql`${t.audience} in ('all', 'groups', 'staff')`),
    ...postTextLimits(t),
  ],
);

/** The groups a post with audience 'groups' is for. */
export const newsPostGroups = groupsOf("news_post_groups", { postId: uuid("post_id").notNull() }, newsPosts, (t) => [
  index("news_post_groups_group_idx").on(t.orgId, t.groupId, t.postId),
]);

/** A post's title and body as someone wrote them (a version, a translation). */
const postText = () => ({
  title: text("title").notNull(),
  body: text("body").notNull(),
  writtenBy: person("written_by"),
});

/** Every version of a post's title and body, the first included: the edit history. */
export const newsPostVersions = partsOf(
  "news_post_versions",
  newsPosts,
  { postId: uuid("post_id").notNull(), version: integer("version").notNull() },
  { ...postText(), writtenAt: createdAt() },
);

/** A post in another language than the one it was written in ('en'). */
export const newsTranslations = partsOf(
  "news_translations",
  newsPosts,
  { postId: uuid("post_id").notNull(), locale: text("locale").notNull() },
  { ...postText(), updatedAt: at("updated_at").notNull().defaultNow() },
  (t) => postTextLimits(t),
);

/** A parent's comment or question under a post, the school's answer, and its moderation. */
export const newsReactions = orgTable(
  "news_reactions",
  {
    postId: uuid("post_id").notNull(),
    authorId: owner("author_id"),
    /** 'comment' or 'question'. */
    kind: text("kind").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
    ...schoolAnswer(),
    ...hideable(),
  },
  (t) => [
    belongsTo(newsPosts, t.postId),
    ...postIndexes(t.postId, t),
    check("news_reactions_kind_check", sql`${t.kind} in ('comment', 'question')`),
    lengthCheck(t.body, 1, 1000),
    hiddenCheck(t),
  ],
);

/** A person's first read of a post: one row, never shown by name. */
export const newsReads = personMarks("news_reads", { postId: uuid("post_id").notNull() }, newsPosts, {
  readAt: createdAt(),
});

/** A parent's suggestion for the newsletter; staff accept it into a draft post or decline with a reason. */
export const newsSuggestions = orgTable(
  "news_suggestions",
  {
    authorId: owner("author_id"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
    /** 'open', 'accepted', 'declined'. */
    status: text("status").notNull().default("open"),
    declineReason: text("decline_reason"),
    ...decision(),
    /** The draft post made from it (no foreign key: the suggestion outlives a deleted post). */
    postId: uuid("post_id"),
  },
  (t) => [
    index("news_suggestions_open_idx").on(t.orgId, t.status, t.createdAt),
    index("news_suggestions_author_idx").on(t.authorId),
    check("news_suggestions_status_check", sql`${t.status} in ('open', 'accepted', 'declined')`),
    lengthCheck(t.title, 1, 200),
    lengthCheck(t.body, 1, 4000),
    check("news_suggestions_declined_check", sql`${t.status} <> 'declined' or length(${t.declineReason}) > 0`),
  ],
);
