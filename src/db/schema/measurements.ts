/**
 * Measurements (nulmeting, tussenmeting, eindmeting, poll): who is asked, who
 * has responded, and the answers, stored apart so that nothing joins them
 * (docs/measurement-anonymity.md). Invitations carry a `responded` flag and
 * no time; answers first go into a sealed box (encrypted ballots) and are
 * moved, shuffled and with fresh ids, into `measurement_responses` when the
 * measurement closes. No table here has a per-respondent timestamp or serial.
 */
import { type BuildExtraConfigColumns, sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  type PgColumnBuilderBase,
  pgTable,
  type PgTableExtraConfigValue,
  primaryKey,
  smallint,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { at, closesAfterOpening, createdAt, id, openWindow, orgForeignKey, orgPrimaryKey, person } from "./columns.js";
import { users } from "./accounts.js";
import { groups, guardians, organisationType, orgId, orgTable } from "./organisations.js";
import { partsOf } from "./links.js";

export const measurementKind = pgEnum("measurement_kind", ["baseline", "interim", "final", "poll"]);
export const measurementStatus = pgEnum("measurement_status", ["scheduled", "open", "closed"]);
export const respondentGroup = pgEnum("respondent_group", ["team", "parents", "pupils", "young"]);
/** A personal invitation by e-mail, or a ticket taken through a group's open link. */
export const invitationKind = pgEnum("measurement_invitation_kind", ["mail", "open_link"]);
export const reminderKind = pgEnum("measurement_reminder_kind", ["manual", "auto"]);

const measurementId = () => uuid("measurement_id").notNull();

export const measurements = orgTable(
  "measurements",
  {
    kind: measurementKind("kind").notNull(),
    title: text("title").notNull(),
    instrumentVersion: integer("instrument_version").notNull(),
    ...openWindow(),
    threshold: integer("threshold").notNull(),
    status: measurementStatus("status").notNull(),
    /** Encrypts the ballots while open (sealed with SECRET_KEY when set); dropped at closing. */
    ballotKey: text("ballot_key"),
    /** Per respondent group, the classes its results are split into; fixed at closing. */
    subgroupTree: jsonb("subgroup_tree").$type<Record<string, { id: string; unlinked?: number }[]>>(),
    /**
     * Whether its stored responses follow the rule that small classes and groups keep neither
     * class nor answers (domain/linkage.ts); false only for measurements closed before that rule,
     * until the job that applies it afterwards has run (service/older-closings.ts).
     */
    linkageRuleApplied: boolean("linkage_rule_applied").notNull().default(true),
    createdBy: person("created_by"),
    createdAt: createdAt(),
    /**
     * When the invitation job first made the invitations; until then the page says they are
     * being sent instead of showing "0 invited".
     */
    invitationsMadeAt: at("invitations_made_at"),
  },
  (t) => [
    check("measurements_threshold_check", sql`${t.threshold} >= 5`),
    closesAfterOpening("measurements_dates_check", t),
  ],
);

/** The columns a measurement's entity starts with: whose, of which measurement, its own id. */
const measurementEntity = () => ({ orgId: orgId(), measurementId: measurementId(), id: id() });

/**
 * An entity of a measurement (its audiences, invitations, ballots, responses): `org_id`, the
 * measurement and `id` first, keyed by `(org_id, id)`, gone with the measurement; then the
 * table's own columns and rules.
 */
function ofMeasurement<TName extends string, TColumns extends Record<string, PgColumnBuilderBase>>(
  name: TName,
  columns: TColumns,
  rules: (
    t: BuildExtraConfigColumns<TName, ReturnType<typeof measurementEntity> & TColumns, "pg">,
  ) => PgTableExtraConfigValue[],
) {
  return pgTable(name, { ...measurementEntity(), ...columns }, (t) => [
    orgPrimaryKey(t),
    orgForeignKey([t.orgId, t.measurementId], measurements).onDelete("cascade"),
    ...rules(t),
  ]);
}

/** Who is asked: the team, or the parents or pupils of one group (class). */
export const measurementAudiences = ofMeasurement(
  "measurement_audiences",
  {
    respondentGroup: respondentGroup("respondent_group").notNull(),
    groupId: uuid("group_id"),
    /**
     * The open link for the class (pupils in class, parents without e-mail).
     * Shared on paper on purpose, so kept as it is; it identifies no one.
     */
    openToken: text("open_token"),
    /**
     * How many people the class's audience served when the measurement closed (its pupils, or the
     * guardians of its pupils), so that "more responses than people" still reads true after
     * children move on. Null for the team and while open.
     */
    people: integer("people"),
  },
  (t) => [
    // No "set null": on a composite key it would null org_id too. Groups are archived, never deleted.
    orgForeignKey([t.orgId, t.groupId], groups),
    uniqueIndex("measurement_audiences_open_token_key").on(t.openToken),
    index("measurement_audiences_measurement_idx").on(t.orgId, t.measurementId),
  ],
);

/** That someone was asked and has responded; never what, never when. */
export const measurementInvitations = ofMeasurement(
  "measurement_invitations",
  {
    audienceId: uuid("audience_id").notNull(),
    kind: invitationKind("kind").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    guardianId: uuid("guardian_id"),
    /** sha256 of the token in the personal link; the token itself is only in the mail. */
    tokenHash: text("token_hash").notNull(),
    mailed: boolean("mailed").notNull().default(false),
    responded: boolean("responded").notNull().default(false),
    /** How many reminder rounds have mailed this invitation: a round mails each invitation once. */
    reminders: integer("reminders").notNull().default(0),
    /** The personal token sealed with the ballot key, so a reminder repeats the same link; cleared at closing. */
    sealedToken: text("sealed_token"),
  },
  (t) => [
    orgForeignKey([t.orgId, t.audienceId], measurementAudiences).onDelete("cascade"),
    orgForeignKey([t.orgId, t.guardianId], guardians).onDelete("cascade"),
    uniqueIndex("measurement_invitations_token_key").on(t.tokenHash),
    uniqueIndex("measurement_invitations_user_key").on(t.orgId, t.measurementId, t.userId),
    uniqueIndex("measurement_invitations_guardian_key").on(t.orgId, t.measurementId, t.guardianId),
    index("measurement_invitations_audience_idx").on(t.orgId, t.audienceId),
  ],
);

/**
 * Answers saved as you go, with the last page saved, encrypted with a key derived from the link's
 * token, which is not stored; padded like the ballots (service/padding.ts).
 */
export const measurementDrafts = pgTable(
  "measurement_drafts",
  {
    orgId: orgId(),
    invitationId: uuid("invitation_id").notNull(),
    ciphertext: text("ciphertext").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.invitationId] }),
    orgForeignKey([t.orgId, t.invitationId], measurementInvitations).onDelete("cascade"),
  ],
);

/** The sealed box: one submitted questionnaire, encrypted with the measurement's ballot key. */
export const measurementBallots = ofMeasurement(
  "measurement_ballots",
  { ciphertext: text("ciphertext").notNull() },
  (t) => [index("measurement_ballots_measurement_idx").on(t.orgId, t.measurementId)],
);

/** The answers after closing: shuffled, with fresh random ids, written in one transaction. */
export const measurementResponses = ofMeasurement(
  "measurement_responses",
  {
    respondentGroup: respondentGroup("respondent_group").notNull(),
    /** The class, for the split of the results; no link to a person or an invitation. */
    subgroupId: uuid("subgroup_id"),
    answers: jsonb("answers").$type<Record<string, { current?: number | null; desired?: number | null }>>().notNull(),
    openAnswers: jsonb("open_answers").$type<Record<string, string>>().notNull(),
  },
  (t) => [index("measurement_responses_measurement_idx").on(t.orgId, t.measurementId, t.id)],
);

/** A school's own items, frozen with the measurement like its instrument version (domain/instrument.ts ExtraItem). */
export const measurementExtraItems = partsOf(
  "measurement_extra_items",
  measurements,
  { measurementId: measurementId(), itemId: text("item_id").notNull() },
  {
    respondentGroup: respondentGroup("respondent_group").notNull(),
    domain: text("domain").notNull(),
    text: jsonb("text").$type<Record<string, string>>().notNull(),
    position: integer("position").notNull(),
  },
  (t) => [check("measurement_extra_items_item_id_check", sql`${t.itemId} ~ '^extra\\.[a-z0-9-]+$'`)],
);

/** A round of reminders (a button press, or the automatic one before closing); counts only, never who. */
export const measurementReminders = partsOf(
  "measurement_reminders",
  measurements,
  { measurementId: measurementId(), number: integer("number").notNull() },
  { kind: reminderKind("kind").notNull(), createdBy: person("created_by"), createdAt: createdAt() },
  (t) => [
    check("measurement_reminders_number_check", sql`${t.number} >= 1`),
    uniqueIndex("measurement_reminders_auto_key")
      .on(t.orgId, t.measurementId)
      .where(sql`${t.kind} = 'auto'`),
  ],
);

/**
 * The counts the thermometer is computed from, written when the measurement
 * closes (service/tallies.ts): per cell (group and class) the respondents
 * (`count_of` 'respondents', item ''), per domain those who answered one of its
 * core items ('domain', item = domain id), per item and answer ('current' or
 * 'desired', value 0 for "don't know"), and the 'current' answers of all core items
 * together per value ('overall', item ''), the thermometer in one figure that the
 * advisor's workspace reads for hundreds of schools. A results page reads these, not answers.
 */
export const measurementTallies = pgTable(
  "measurement_tallies",
  {
    orgId: orgId(),
    measurementId: measurementId(),
    respondentGroup: respondentGroup("respondent_group").notNull(),
    subgroupId: uuid("subgroup_id"),
    countOf: text("count_of").$type<"respondents" | "domain" | "current" | "desired" | "overall">().notNull(),
    item: text("item").notNull(),
    value: smallint("value").notNull(),
    responses: integer("responses").notNull(),
  },
  (t) => [
    unique("measurement_tallies_cell_key")
      .on(t.orgId, t.measurementId, t.respondentGroup, t.subgroupId, t.countOf, t.item, t.value)
      .nullsNotDistinct(),
    orgForeignKey([t.orgId, t.measurementId], measurements).onDelete("cascade"),
    check(
      "measurement_tallies_count_of_check",
      sql`${t.countOf} in ('respondents', 'domain', 'current', 'desired', 'overall')`,
    ),
    check("measurement_tallies_responses_check", sql`${t.responses} > 0`),
    // The thermometer of many organisations at once (the advisor's workspace) reads only the
    // respondents and 'overall' counts of every cell (parents are counted per class, so their whole
    // group is the sum): a few dozen rows per measurement among its ~1,200, which through the key
    // above meant reading every tally of every guided organisation.
    index("measurement_tallies_overall_idx")
      .on(t.orgId, t.measurementId)
      .where(sql`${t.countOf} in ('respondents', 'overall')`),
  ],
);

/**
 * A cell of the benchmark (docs/measurement-benchmark.md): which kind of organisation, which
 * respondent group, which domain. A school's contributions and the means are both per cell.
 */
const benchmarkCell = () => ({
  organisationType: organisationType("organisation_type").notNull(),
  respondentGroup: respondentGroup("respondent_group").notNull(),
  domain: text("domain").notNull(),
});

/** Figures per domain shared by benchmarks (docs/measurement-benchmark.md). */
const benchmarkFigures = () => ({
  current: doublePrecision("current").notNull(),
  desired: doublePrecision("desired"),
  gap: doublePrecision("gap"),
  positiveShare: doublePrecision("positive_share"),
});

/** A school's part in the benchmark: its visible domain figures from its latest closed measurement. */
export const measurementBenchmarkContributions = pgTable(
  "measurement_benchmark_contributions",
  {
    orgId: orgId(),
    measurementId: measurementId(),
    ...benchmarkCell(),
    ...benchmarkFigures(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.respondentGroup, t.domain] }),
    orgForeignKey(
      [t.orgId, t.measurementId],
      measurements,
      "measurement_benchmark_contributions_measurement_fk",
    ).onDelete("cascade"),
    index("measurement_benchmark_contributions_type_idx").on(t.organisationType, t.respondentGroup, t.domain),
  ],
);

/**
 * The benchmark per organisation type: means over at least five organisations,
 * no organisation ids. Written only by refresh_measurement_benchmark() (0009).
 */
export const measurementBenchmarks = pgTable(
  "measurement_benchmarks",
  {
    ...benchmarkCell(),
    organisations: integer("organisations").notNull(),
    ...benchmarkFigures(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationType, t.respondentGroup, t.domain] }),
    check("measurement_benchmarks_organisations_check", sql`${t.organisations} >= 5`),
  ],
);
