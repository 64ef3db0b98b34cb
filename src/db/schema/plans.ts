/**
 * The joint "Samen school" plan of a trajectory (docs/plan.md): one per trajectory, with a vision
 * on partnership, goals per domain (a goal taken from the nulmeting's priorities keeps its
 * figures) and actions (owner, the person responsible, due date, status, the domain it serves,
 * the ideas it takes up). Every change writes a version with the whole plan as it became, so the
 * history is complete and two versions can be compared. Publishing shows one version to every
 * parent of the organisation; parents respond per goal or action and staff answer.
 *
 * Personal data: who changed or published the plan (set null when their account is deleted), a
 * person named as responsible (free text the school types), and parents' responses (deleted with
 * the parent's account; their export includes them, `responsesOfPerson` in
 * src/features/plan/index.ts). Kept with the trajectory while the organisation exists; deleting
 * the trajectory or the organisation deletes it all.
 */
import { getTableName, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  real,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { answeredResponse, answeredResponseRules, at, belongsTo, createdAt, lengthCheck, person } from "./columns.js";
import { ideas } from "./ideas.js";
import { orgTable } from "./organisations.js";
import { partsOf } from "./links.js";
import { trajectories, trajectoryId } from "./trajectories.js";

export const planActionOwner = pgEnum("plan_action_owner", ["school", "parents", "together"]);
export const planActionStatus = pgEnum("plan_action_status", ["planned", "underway", "done", "dropped"]);
/** What a parent's response is about. */
export const planSubject = pgEnum("plan_subject", ["goal", "action"]);

const domainCheck = (name: string, column: AnyPgColumn) =>
  check(name, sql`${column} in ('vision', 'behaviour', 'involvement', 'learning', 'conversations', 'information')`);

export const plans = orgTable(
  "plans",
  {
    trajectoryId: trajectoryId(),
    vision: text("vision").notNull().default(""),
    /** The latest version's number; 0 before the first change. */
    version: integer("version").notNull().default(0),
    /** The version parents see; null until the first publication. */
    publishedVersion: integer("published_version"),
    /** The first publication: the trajectory's plan step is done from that day. */
    firstPublishedAt: at("first_published_at"),
    publishedAt: at("published_at"),
    publishedBy: person("published_by"),
    createdAt: createdAt(),
  },
  (t) => [
    belongsTo(trajectories, t.trajectoryId),
    // One plan per trajectory, also when two first edits race.
    uniqueIndex("plans_trajectory_key").on(t.orgId, t.trajectoryId),
    lengthCheck(t.vision, 0, 4000),
    check(
      "plans_published_check",
      sql`${t.publishedVersion} is null or ${t.publishedVersion} between 1 and ${t.version}`,
    ),
  ],
);

const planId = () => uuid("plan_id").notNull();

/** What a goal and an action of a plan start with: the plan, the domain it serves, its title. */
const planItem = () => ({ planId: planId(), domain: text("domain").notNull(), title: text("title").notNull() });

/** A plan item goes with its plan, is listed by plan, serves one of the six domains, and has a title of 1 to `titleMax`. */
const planItemRules = (
  t: { orgId: AnyPgColumn; planId: AnyPgColumn; domain: AnyPgColumn; title: AnyPgColumn },
  titleMax: number,
) => {
  const table = getTableName(t.planId.table);
  return [
    belongsTo(plans, t.planId),
    index(`${table}_plan_idx`).on(t.orgId, t.planId),
    domainCheck(`${table}_domain_check`, t.domain),
    lengthCheck(t.title, 1, titleMax),
  ];
};

/** A goal for one domain; taken from a priority of the nulmeting, it keeps that group's figures. */
export const planGoals = orgTable(
  "plan_goals",
  {
    ...planItem(),
    /** The respondent group whose figures the goal started from (team, parents, …). */
    baselineGroup: text("baseline_group"),
    baselineCurrent: real("baseline_current"),
    baselineDesired: real("baseline_desired"),
    createdAt: createdAt(),
  },
  (t) => [
    ...planItemRules(t, 500),
    check(
      "plan_goals_baseline_check",
      sql`(${t.baselineGroup} is null) = (${t.baselineCurrent} is null) and (${t.baselineGroup} is null) = (${t.baselineDesired} is null)`,
    ),
  ],
);

export const planActions = orgTable(
  "plan_actions",
  {
    ...planItem(),
    details: text("details").notNull().default(""),
    owner: planActionOwner("owner").notNull(),
    /** The person responsible, as the school names them (a name, "the MR", "group 7's parents"). */
    responsible: text("responsible").notNull().default(""),
    dueOn: date("due_on"),
    status: planActionStatus("status").notNull().default("planned"),
    createdAt: createdAt(),
  },
  (t) => planItemRules(t, 200),
);

/** The ideas of the board an action takes up. */
export const planActionIdeas = partsOf(
  "plan_action_ideas",
  planActions,
  { actionId: uuid("action_id").notNull(), ideaId: uuid("idea_id").notNull() },
  {},
  (t) => [belongsTo(ideas, t.ideaId), index("plan_action_ideas_idea_idx").on(t.orgId, t.ideaId)],
);

/**
 * Every change: who, when, what (a change key and the name of what changed) and the whole plan
 * as it became (`snapshot`, domain/snapshot.ts), so any two versions compare without replaying.
 */
export const planVersions = partsOf(
  "plan_versions",
  plans,
  { planId: planId(), version: integer("version").notNull() },
  {
    changedAt: at("changed_at").notNull().defaultNow(),
    changedBy: person("changed_by"),
    change: text("change").notNull(),
    subject: text("subject").notNull().default(""),
    snapshot: jsonb("snapshot").notNull(),
  },
);

/**
 * A parent's response to a goal or action of the published plan, and the school's answer. The
 * subject is checked against the published version, not a foreign key: a response stays readable
 * when its action is later removed from the plan.
 */
export const planResponses = orgTable(
  "plan_responses",
  {
    planId: planId(),
    subjectKind: planSubject("subject_kind").notNull(),
    subjectId: uuid("subject_id").notNull(),
    ...answeredResponse(),
  },
  (t) => [
    belongsTo(plans, t.planId),
    index("plan_responses_plan_idx").on(t.orgId, t.planId, t.createdAt),
    ...answeredResponseRules("plan_responses", t),
    check("plan_responses_answer_check", sql`${t.answer} is null or length(${t.answer}) between 1 and 1000`),
  ],
);
