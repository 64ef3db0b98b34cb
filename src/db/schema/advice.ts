/**
 * Advice and learning (docs/advice.md): the national questions and guides (`advice_items`), and a
 * school's sparring requests to its advisor with their thread.
 *
 * `advice_items` is platform-wide content written by the platform's editors, the same for every
 * school, so it has no org_id and no row-level security; it holds no personal data (the "was this
 * helpful?" answers are two counters, never who answered). Kept until an editor deletes the item.
 * `advice_helpful_votes` keeps a signed-in reader's one answer per question, so they count once:
 * under a keyed hash of the account (HMAC with SECRET_KEY), never the account itself; it goes with
 * the item.
 *
 * `sparring_requests` and `sparring_messages` belong to the asking organisation (org_id first,
 * row-level security). Personal data: who asked or wrote, and free text. Kept while the
 * organisation exists; a deleted account leaves its requests and messages without author. The
 * writer's export includes them.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { at, belongsTo, createdAt, globalTable, lengthCheck, person } from "./columns.js";
import { foldedSqlText } from "../../lib/search-fold.js";
import { orgTable } from "./organisations.js";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const ADVICE_TITLE_MAX = 200;
export const ADVICE_BODY_MAX = 20_000;
export const SPARRING_TEXT_MAX = 2000;

export const adviceItems = globalTable(
  "advice_items",
  {
    /** 'faq' (a question and its answer) or 'guide' (a page in the library, also as a PDF). */
    kind: text("kind").notNull(),
    slug: text("slug").notNull(),
    /** The FAQ's group (src/features/advice/domain/groups.ts); '' for a guide. */
    topic: text("topic").notNull().default(""),
    titleNl: text("title_nl").notNull(),
    titleEn: text("title_en").notNull(),
    /** Markdown (src/lib/rich-text). */
    bodyNl: text("body_nl").notNull(),
    bodyEn: text("body_en").notNull(),
    position: integer("position").notNull().default(0),
    published: boolean("published").notNull().default(true),
    helpfulYes: integer("helpful_yes").notNull().default(0),
    helpfulNo: integer("helpful_no").notNull().default(0),
    searchNl: tsvector("search_nl")
      .notNull()
      .generatedAlwaysAs(sql.raw(`to_tsvector('dutch', ${foldedSqlText("title_nl || ' ' || body_nl")})`)),
    searchEn: tsvector("search_en")
      .notNull()
      .generatedAlwaysAs(sql.raw(`to_tsvector('english', ${foldedSqlText("title_en || ' ' || body_en")})`)),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("advice_items_slug_key").on(t.slug),
    index("advice_items_search_nl_idx").using("gin", t.searchNl),
    index("advice_items_search_en_idx").using("gin", t.searchEn),
    check("advice_items_kind_check", sql`${t.kind} in ('faq', 'guide')`),
    check("advice_items_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 80`),
    check(
      "advice_items_title_check",
      sql`length(${t.titleNl}) between 1 and 200 and length(${t.titleEn}) between 1 and 200`,
    ),
    check("advice_items_body_check", sql`length(${t.bodyNl}) <= 20000 and length(${t.bodyEn}) <= 20000`),
    check("advice_items_helpful_check", sql`${t.helpfulYes} >= 0 and ${t.helpfulNo} >= 0`),
  ],
);

export const adviceHelpfulVotes = pgTable(
  "advice_helpful_votes",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => adviceItems.id, { onDelete: "cascade" }),
    /** HMAC-SHA256 of the account's id with SECRET_KEY, hex: the same reader, not who. */
    voter: text("voter").notNull(),
    helpful: boolean("helpful").notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.voter] })],
);

export const sparringRequests = orgTable(
  "sparring_requests",
  {
    authorId: person("author_id"),
    question: text("question").notNull(),
    preferredTimes: text("preferred_times").notNull(),
    /** new → planned → done (an advisor sets it). */
    status: text("status").notNull().default("new"),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("sparring_requests_author_idx").on(t.authorId),
    check("sparring_requests_status_check", sql`${t.status} in ('new', 'planned', 'done')`),
    lengthCheck(t.question, 1, 2000),
    check("sparring_requests_times_check", sql`length(${t.preferredTimes}) between 1 and 2000`),
  ],
);

export const sparringMessages = orgTable(
  "sparring_messages",
  {
    requestId: uuid("request_id").notNull(),
    authorId: person("author_id"),
    /** Written by an advisor (shown as the advisor's reply); otherwise by the school. */
    fromAdvisor: boolean("from_advisor").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    belongsTo(sparringRequests, t.requestId),
    index("sparring_messages_request_idx").on(t.orgId, t.requestId),
    index("sparring_messages_author_idx").on(t.authorId),
    lengthCheck(t.body, 1, 2000),
  ],
);

export type AdviceItem = typeof adviceItems.$inferSelect;
export type SparringRequest = typeof sparringRequests.$inferSelect;
