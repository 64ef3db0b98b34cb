/**
 * Measurements (nulmeting, tussenmeting, eindmeting, poll): who is asked, who
 * has responded, and the answers, stored apart so that nothing joins them
 * (docs/measurement-anonymity.md). Invitations carry a `responded` flag and
 * no time; answers first go into a sealed box (encrypted ballots) and are
 * moved, shuffled and with fresh ids, into `measurement_responses` when the
 * measurement closes. No table here has a per-respondent timestamp or serial.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.js";
import { groups, guardians, organisations } from "./organisations.js";

export const measurementKind = pgEnum("measurement_kind", ["baseline", "interim", "final", "poll"]);
export const measurementStatus = pgEnum("measurement_status", ["scheduled", "open", "closed"]);
export const respondentGroup = pgEnum("respondent_group", ["team", "parents", "pupils", "young"]);
/** A personal invitation by e-mail, or a ticket taken through a group's open link. */
export const invitationKind = pgEnum("measurement_invitation_kind", ["mail", "open_link"]);

const orgId = () =>
  uuid("org_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" });
const id = () => uuid("id").notNull().defaultRandom();
const measurementId = () => uuid("measurement_id").notNull();

export const measurements = pgTable(
  "measurements",
  {
    orgId: orgId(),
    id: id(),
    kind: measurementKind("kind").notNull(),
    title: text("title").notNull(),
    instrumentVersion: integer("instrument_version").notNull(),
    opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    threshold: integer("threshold").notNull(),
    status: measurementStatus("status").notNull(),
    /** Encrypts the ballots while open (sealed with SECRET_KEY when set); dropped at closing. */
    ballotKey: text("ballot_key"),
    /** Per respondent group, the classes its results are split into; fixed at closing. */
    subgroupTree: jsonb("subgroup_tree").$type<Record<string, { id: string }[]>>(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    check("measurements_threshold_check", sql`${t.threshold} >= 5`),
    check("measurements_dates_check", sql`${t.closesAt} > ${t.opensAt}`),
  ],
);

/** Who is asked: the team, or the parents or pupils of one group (class). */
export const measurementAudiences = pgTable(
  "measurement_audiences",
  {
    orgId: orgId(),
    measurementId: measurementId(),
    id: id(),
    respondentGroup: respondentGroup("respondent_group").notNull(),
    groupId: uuid("group_id"),
    /**
     * The open link for the class (pupils in class, parents without e-mail).
     * Shared on paper on purpose, so kept as it is; it identifies no one.
     */
    openToken: text("open_token"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.measurementId], foreignColumns: [measurements.orgId, measurements.id] }).onDelete(
      "cascade",
    ),
    // No "set null": on a composite key it would null org_id too. Groups are archived, never deleted.
    foreignKey({ columns: [t.orgId, t.groupId], foreignColumns: [groups.orgId, groups.id] }),
    uniqueIndex("measurement_audiences_open_token_key").on(t.openToken),
    index("measurement_audiences_measurement_idx").on(t.orgId, t.measurementId),
  ],
);

/** That someone was asked and has responded; never what, never when. */
export const measurementInvitations = pgTable(
  "measurement_invitations",
  {
    orgId: orgId(),
    measurementId: measurementId(),
    id: id(),
    audienceId: uuid("audience_id").notNull(),
    kind: invitationKind("kind").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    guardianId: uuid("guardian_id"),
    /** sha256 of the token in the personal link; the token itself is only in the mail. */
    tokenHash: text("token_hash").notNull(),
    mailed: boolean("mailed").notNull().default(false),
    responded: boolean("responded").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.measurementId], foreignColumns: [measurements.orgId, measurements.id] }).onDelete(
      "cascade",
    ),
    foreignKey({
      columns: [t.orgId, t.audienceId],
      foreignColumns: [measurementAudiences.orgId, measurementAudiences.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.guardianId], foreignColumns: [guardians.orgId, guardians.id] }).onDelete(
      "cascade",
    ),
    uniqueIndex("measurement_invitations_token_key").on(t.tokenHash),
    uniqueIndex("measurement_invitations_user_key").on(t.orgId, t.measurementId, t.userId),
    uniqueIndex("measurement_invitations_guardian_key").on(t.orgId, t.measurementId, t.guardianId),
    index("measurement_invitations_audience_idx").on(t.orgId, t.audienceId),
  ],
);

/** Answers saved as you go, encrypted with a key derived from the link's token, which is not stored. */
export const measurementDrafts = pgTable(
  "measurement_drafts",
  {
    orgId: orgId(),
    invitationId: uuid("invitation_id").notNull(),
    page: integer("page").notNull(),
    ciphertext: text("ciphertext").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.invitationId] }),
    foreignKey({
      columns: [t.orgId, t.invitationId],
      foreignColumns: [measurementInvitations.orgId, measurementInvitations.id],
    }).onDelete("cascade"),
  ],
);

/** The sealed box: one submitted questionnaire, encrypted with the measurement's ballot key. */
export const measurementBallots = pgTable(
  "measurement_ballots",
  { orgId: orgId(), measurementId: measurementId(), id: id(), ciphertext: text("ciphertext").notNull() },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.measurementId], foreignColumns: [measurements.orgId, measurements.id] }).onDelete(
      "cascade",
    ),
    index("measurement_ballots_measurement_idx").on(t.orgId, t.measurementId),
  ],
);

/** The answers after closing: shuffled, with fresh random ids, written in one transaction. */
export const measurementResponses = pgTable(
  "measurement_responses",
  {
    orgId: orgId(),
    measurementId: measurementId(),
    id: id(),
    respondentGroup: respondentGroup("respondent_group").notNull(),
    /** The class, for the split of the results; no link to a person or an invitation. */
    subgroupId: uuid("subgroup_id"),
    answers: jsonb("answers").$type<Record<string, { current?: number | null; desired?: number | null }>>().notNull(),
    openAnswers: jsonb("open_answers").$type<Record<string, string>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.measurementId], foreignColumns: [measurements.orgId, measurements.id] }).onDelete(
      "cascade",
    ),
    index("measurement_responses_measurement_idx").on(t.orgId, t.measurementId),
  ],
);
