/**
 * The public campaign "Samen zijn wij school" (docs/campaign.md): its text and news, written by
 * platform editors; endorsements, counted only once confirmed by e-mail; stories and tips, shown
 * only once an editor approved them. These tables belong to no organisation (the public writes
 * them, without an account), so they have no org_id and no row-level security: the app reads and
 * writes them as samen_app like the other platform tables (users, outbox).
 *
 * Personal data, kept minimal: an endorser's name, organisation, municipality and whether they
 * appear publicly; their address is never stored, only a keyed hash of it (HMAC under SECRET_KEY)
 * to find their earlier endorsement and a hash of their withdrawal token. A request not confirmed
 * within 48 hours expires and is deleted with the used ones after 7 days (job campaign-sweep);
 * withdrawing deletes the endorsement and every open request of that address at once. A story
 * keeps its writer's address only until an editor decided on it (to tell them); rejected stories
 * are deleted after 30 days. No account, so no personal data export; a person withdraws with the
 * link in their mail.
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
  smallint,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { at, createdAt, decision, globalTable, lastChange, lengthCheck, person } from "./columns.js";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** The campaign page's text per language; without a row the built-in text applies. */
export const campaignTexts = pgTable(
  "campaign_texts",
  {
    locale: text("locale").primaryKey(),
    /** Markdown (src/lib/rich-text): the call and its principles. */
    body: text("body").notNull(),
    ...lastChange(),
  },
  (t) => [lengthCheck(t.body, 1, 20000)],
);

export const campaignNews = globalTable(
  "campaign_news",
  {
    title: text("title").notNull(),
    /** Markdown. */
    body: text("body").notNull(),
    createdBy: person("created_by"),
    publishedAt: createdAt(),
  },
  (t) => [
    index("campaign_news_published_idx").on(t.publishedAt),
    check(
      "campaign_news_length_check",
      sql`length(${t.title}) between 1 and 200 and length(${t.body}) between 1 and 20000`,
    ),
  ],
);

const endorser = () => ({
  role: text("role").notNull(),
  name: text("name").notNull(),
  organisation: text("organisation").notNull().default(""),
  municipality: text("municipality").notNull(),
  province: text("province").notNull(),
  /** Shown on the public list with name, organisation and municipality. */
  public: boolean("public").notNull(),
});

const roleCheck = (table: string, role: unknown) =>
  check(`${table}_role_check`, sql`${role} in ('parent', 'teacher', 'school_leader', 'school', 'organisation')`);

/** A confirmed endorsement, one per address. */
export const campaignEndorsements = globalTable(
  "campaign_endorsements",
  {
    /** HMAC-SHA256 of the lower-cased address under a key derived from SECRET_KEY. */
    emailKey: text("email_key").notNull(),
    ...endorser(),
    confirmedAt: at("confirmed_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("campaign_endorsements_email_idx").on(t.emailKey),
    index("campaign_endorsements_public_idx")
      .on(t.confirmedAt)
      .where(sql`${t.public}`),
    roleCheck("campaign_endorsements", t.role),
  ],
);

/** An endorsement waiting for its confirmation (or a change to one, from the same address). */
export const campaignEndorsementRequests = pgTable(
  "campaign_endorsement_requests",
  {
    /** SHA-256 of the confirmation token mailed. */
    tokenHash: text("token_hash").primaryKey(),
    emailKey: text("email_key").notNull(),
    ...endorser(),
    createdAt: createdAt(),
    expiresAt: at("expires_at").notNull(),
    usedAt: at("used_at"),
  },
  (t) => [
    index("campaign_endorsement_requests_email_idx").on(t.emailKey),
    index("campaign_endorsement_requests_created_idx").on(t.createdAt),
    roleCheck("campaign_endorsement_requests", t.role),
  ],
);

/**
 * The count, in slots: a confirmation adds 1 to one of SLOTS rows of its role and province
 * chosen at random, a withdrawal subtracts 1 likewise, and a read sums them. No single row is
 * touched by every endorsement, so confirmations at once do not queue on one lock.
 */
export const campaignCounts = pgTable(
  "campaign_counts",
  {
    role: text("role").notNull(),
    province: text("province").notNull(),
    slot: smallint("slot").notNull(),
    n: integer("n").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.role, t.province, t.slot] })],
);

export const campaignStories = globalTable(
  "campaign_stories",
  {
    /** 'story' or 'tip'. */
    kind: text("kind").notNull(),
    theme: text("theme").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** As the writer wants to be named ("Sanne, moeder van twee"). */
    signedAs: text("signed_as").notNull(),
    /** Until an editor decided, to tell the writer; emptied then. */
    email: text("email"),
    emailKey: text("email_key").notNull(),
    locale: text("locale").notNull().default("nl"),
    status: text("status").notNull().default("pending"),
    rejectReason: text("reject_reason"),
    ...decision(),
    createdAt: createdAt(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('dutch', title || ' ' || body || ' ' || signed_as)`),
  },
  (t) => [
    index("campaign_stories_status_idx").on(t.status, t.createdAt),
    index("campaign_stories_search_idx").using("gin", t.search),
    check("campaign_stories_kind_check", sql`${t.kind} in ('story', 'tip')`),
    check("campaign_stories_status_check", sql`${t.status} in ('pending', 'approved', 'rejected')`),
    check(
      "campaign_stories_length_check",
      sql`length(${t.title}) between 1 and 150 and length(${t.body}) between 1 and 5000 and length(${t.signedAs}) between 1 and 100`,
    ),
  ],
);

export const CAMPAIGN_COUNT_SLOTS = 16;
