/**
 * The national parent panel (Landelijk Ouderpanel, docs/panel.md): parents who signed up with
 * informed consent, their confirmation and sign-in links, the editors' panel surveys, the
 * invitations of the drawn sample and the answers, stored apart as in
 * docs/measurement-anonymity.md (a sealed ballot while open, shuffled anonymous responses after
 * closing).
 *
 * Platform-wide tables, no org_id: a panel member belongs to no school (no school account is
 * needed to join), and a survey is the platform's, run by its editors; so there is no
 * organisation to isolate by and no row-level security policy. The app reads a member only by
 * id, by the hash of a link or session token, or by address.
 *
 * Personal data and retention: a member's address, language, province, their children's school
 * types and years, optionally their council role, the consent version and when they gave it.
 * Kept while they are a member; an unconfirmed sign-up is deleted after 30 days (panel-cleanup
 * job). Leaving deletes the member row at once with its tokens; their invitations lose the
 * member (set null) and keep only the stratum they were drawn in and whether someone responded;
 * their answers were never linked to them and stay as anonymous responses. A member's download
 * (JSON, CSV) holds the member row, the children and the surveys they were invited to (not
 * their answers, which nothing links to them).
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, createdAt, globalTable, person } from "./columns.js";

export interface PanelChild {
  schoolType: string;
  year: number;
}

export const panelMembers = globalTable(
  "panel_members",
  {
    email: text("email").notNull(),
    locale: text("locale").notNull(),
    province: text("province").notNull(),
    children: jsonb("children").$type<PanelChild[]>().notNull(),
    /** Optional: the parent's role in a school council (none, parent council, MR, GMR). */
    council: text("council"),
    /** The version of the consent text (panel messages) the member agreed to. */
    consentVersion: integer("consent_version").notNull(),
    consentedAt: at("consented_at").notNull().defaultNow(),
    confirmedAt: at("confirmed_at"),
    /** sha256 of the member's session cookie after signing in by link; one session at a time. */
    sessionHash: text("session_hash"),
    sessionExpiresAt: at("session_expires_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("panel_members_email_key").on(sql`lower(${t.email})`),
    uniqueIndex("panel_members_session_key").on(t.sessionHash),
    index("panel_members_unconfirmed_idx")
      .on(t.createdAt)
      .where(sql`${t.confirmedAt} is null`),
    check("panel_members_locale_check", sql`${t.locale} in ('nl', 'en')`),
    check("panel_members_children_check", sql`jsonb_typeof(${t.children}) = 'array'`),
  ],
);

/** Links mailed to a member: confirming the sign-up, or signing in. Stored hashed, used once. */
export const panelTokens = pgTable(
  "panel_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => panelMembers.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(),
    expiresAt: at("expires_at").notNull(),
    usedAt: at("used_at"),
  },
  (t) => [
    index("panel_tokens_member_idx").on(t.memberId),
    check("panel_tokens_purpose_check", sql`${t.purpose} in ('confirm', 'sign_in')`),
  ],
);

export interface PanelQuestion {
  id: string;
  text: { nl: string; en: string };
}

export interface PanelSample {
  provinces: string[];
  schoolTypes: string[];
  /** Members drawn per stratum (province × school type); null: all members of the strata. */
  perStratum: number | null;
}

export const panelSurveys = globalTable(
  "panel_surveys",
  {
    title: jsonb("title").$type<{ nl: string; en: string }>().notNull(),
    intro: jsonb("intro").$type<{ nl: string; en: string }>().notNull(),
    questions: jsonb("questions").$type<PanelQuestion[]>().notNull(),
    sample: jsonb("sample").$type<PanelSample>().notNull(),
    threshold: integer("threshold").notNull().default(5),
    /** draft → open (sample drawn, invited) → closed (answers stored anonymously) → published. */
    status: text("status").notNull().default("draft"),
    /** The sealed ballots' key (as in measurements), gone when the survey closes. */
    ballotKey: text("ballot_key"),
    /** Respondents per school type, fixed at closing: the cells the report may show. */
    cells: jsonb("cells").$type<Record<string, number>>(),
    reminders: integer("reminders").notNull().default(0),
    createdBy: person("created_by"),
    createdAt: createdAt(),
    publishedAt: at("published_at"),
    /** The report's year ("Staat van de ouder 2026"). */
    year: integer("year"),
  },
  (t) => [
    check("panel_surveys_status_check", sql`${t.status} in ('draft', 'open', 'closed', 'published')`),
    check("panel_surveys_threshold_check", sql`${t.threshold} >= 5`),
    index("panel_surveys_year_idx").on(t.year),
  ],
);

/** The survey a row is of; it goes with the survey. */
const surveyId = () =>
  uuid("survey_id")
    .notNull()
    .references(() => panelSurveys.id, { onDelete: "cascade" });

/**
 * One per member drawn: the stratum they were drawn in, whether mailed, how many reminders
 * and whether they responded. No time, no link to the answers.
 */
export const panelInvitations = globalTable(
  "panel_invitations",
  {
    surveyId: surveyId(),
    memberId: uuid("member_id").references(() => panelMembers.id, { onDelete: "set null" }),
    province: text("province").notNull(),
    schoolType: text("school_type").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** The link sealed with the survey's ballot key, for reminders; cleared at closing. */
    sealedToken: text("sealed_token"),
    mailed: boolean("mailed").notNull().default(false),
    reminders: integer("reminders").notNull().default(0),
    responded: boolean("responded").notNull().default(false),
  },
  (t) => [
    uniqueIndex("panel_invitations_token_key").on(t.tokenHash),
    uniqueIndex("panel_invitations_member_key").on(t.surveyId, t.memberId),
    index("panel_invitations_member_idx").on(t.memberId),
  ],
);

/** The sealed box while a survey is open: one padded, encrypted submission each, with a random id. */
export const panelBallots = pgTable(
  "panel_ballots",
  {
    surveyId: surveyId(),
    id: uuid("id").notNull().defaultRandom(),
    ciphertext: text("ciphertext").notNull(),
  },
  (t) => [uniqueIndex("panel_ballots_key").on(t.surveyId, t.id)],
);

/**
 * The answers after closing, written shuffled in one transaction with fresh ids: the school
 * type only when at least the threshold of that type responded, the answers only when at least
 * the threshold responded in all. No member, no time, no order.
 */
export const panelResponses = pgTable(
  "panel_responses",
  {
    surveyId: surveyId(),
    id: uuid("id").notNull().defaultRandom(),
    schoolType: text("school_type"),
    answers: jsonb("answers").$type<Record<string, number | null>>(),
  },
  (t) => [uniqueIndex("panel_responses_key").on(t.surveyId, t.id)],
);
