/**
 * The partnership trajectory (docs/trajectory.md): at most one active trajectory per
 * organisation, earlier ones kept as its history. The phase is not stored: it follows from
 * what happened (the measurements linked here, the sessions held, a plan published), so
 * only those facts and the steps staff skipped, with their reason, are kept. Later parts
 * (the idea board, the plan, expectations, certification) hang off `trajectories(org_id, id)`.
 *
 * Personal data: who started the trajectory, who skipped a step, the advisor, and free text
 * in session notes. Kept as the organisation's history for as long as the organisation
 * exists; deleting the organisation deletes all of it; deleting a person's account leaves
 * the rows without the person (set null). Nothing here is about one parent or child, so a
 * person's export has nothing of it beyond their own name in the audit log.
 */
import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, belongsTo, orgForeignKey, person } from "./columns.js";
import { events } from "./events.js";
import { measurements } from "./measurements.js";
import { groups, orgTable } from "./organisations.js";
import { partsOf } from "./links.js";

/** The steps staff may mark skipped; the phases in between follow from these (domain/phase.ts). */
export const trajectoryStep = pgEnum("trajectory_step", ["baseline", "schoolLine", "parentLine", "plan", "final"]);
/** Team modules (school line), parent evenings (parent line), and sessions of team and parents together. */
export const sessionLine = pgEnum("trajectory_session_line", ["school", "parents", "joint"]);
export const sessionStatus = pgEnum("trajectory_session_status", ["planned", "held", "skipped"]);

/** The trajectory a row belongs to (its key: `belongsTo(trajectories, t.trajectoryId)`). */
export const trajectoryId = () => uuid("trajectory_id").notNull();

export const trajectories = orgTable(
  "trajectories",
  {
    startedAt: at("started_at").notNull().defaultNow(),
    startedBy: person("started_by"),
    /** An advisor of the organisation who guides it; checked against memberships when chosen. */
    advisorId: person("advisor_id"),
    /** Null while active. */
    endedAt: at("ended_at"),
    endedBy: person("ended_by"),
  },
  (t) => [
    // One active trajectory per organisation, however many ended ones.
    uniqueIndex("trajectories_active_key")
      .on(t.orgId)
      .where(sql`${t.endedAt} is null`),
  ],
);

/** The measurements (nulmeting, tussenmeting, eindmeting) that belong to a trajectory; one trajectory each. */
export const trajectoryMeasurements = partsOf(
  "trajectory_measurements",
  trajectories,
  { trajectoryId: trajectoryId(), measurementId: uuid("measurement_id").notNull() },
  { linkedAt: at("linked_at").notNull().defaultNow() },
  (t) => [
    belongsTo(measurements, t.measurementId),
    uniqueIndex("trajectory_measurements_measurement_key").on(t.orgId, t.measurementId),
  ],
);

/** A step staff marked skipped, with their reason; unskipping deletes the row (both audited). */
export const trajectorySkips = partsOf(
  "trajectory_skips",
  trajectories,
  { trajectoryId: trajectoryId(), step: trajectoryStep("step").notNull() },
  {
    reason: text("reason").notNull(),
    skippedBy: person("skipped_by"),
    skippedAt: at("skipped_at").notNull().defaultNow(),
  },
  (t) => [check("trajectory_skips_reason_check", sql`length(${t.reason}) > 0`)],
);

/** A team module or parent evening: planned, held (with what came of it) or skipped. */
export const trajectorySessions = orgTable(
  "trajectory_sessions",
  {
    trajectoryId: trajectoryId(),
    line: sessionLine("line").notNull(),
    /** Order within the line; schools reorder at their own pace. */
    position: integer("position").notNull(),
    topic: text("topic").notNull(),
    goals: text("goals").notNull().default(""),
    /**
     * The template session it still is (domain/template.ts), until someone edits its topic or goals:
     * its texts then show in each reader's language and words, topic and goals being the starter's.
     */
    templateKey: text("template_key"),
    /** The school day it is (or was) held; null while not yet planned. */
    heldOn: date("held_on"),
    status: sessionStatus("status").notNull().default("planned"),
    attendance: integer("attendance"),
    notes: text("notes").notNull().default(""),
    outcomes: text("outcomes").notNull().default(""),
    followUp: text("follow_up").notNull().default(""),
    skipReason: text("skip_reason"),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    belongsTo(trajectories, t.trajectoryId),
    index("trajectory_sessions_trajectory_idx").on(t.orgId, t.trajectoryId, t.line, t.position),
    check("trajectory_sessions_attendance_check", sql`${t.attendance} is null or ${t.attendance} >= 0`),
    check(
      "trajectory_sessions_skip_check",
      sql`(${t.status} = 'skipped') = (${t.skipReason} is not null and length(${t.skipReason}) > 0)`,
    ),
  ],
);

/** The class groups whose parents a session invites; none means all parents (or the whole team). */
export const trajectorySessionGroups = partsOf(
  "trajectory_session_groups",
  trajectorySessions,
  { sessionId: uuid("session_id").notNull(), groupId: uuid("group_id").notNull() },
  {},
  // Groups are archived, never deleted.
  (t) => [orgForeignKey([t.orgId, t.groupId], groups, "trajectory_session_groups_group_fk")],
);

/** A parent evening (or joint session) that takes sign-ups: its event, with time, place and capacity. */
export const trajectorySessionEvents = partsOf(
  "trajectory_session_events",
  trajectorySessions,
  { sessionId: uuid("session_id").notNull() },
  { eventId: uuid("event_id").notNull() },
  (t) => [belongsTo(events, t.eventId), uniqueIndex("trajectory_session_events_event_key").on(t.orgId, t.eventId)],
);

/** A deadline warning that went out, so the daily job sends each one once per trajectory. */
export const trajectoryWarnings = partsOf(
  "trajectory_warnings",
  trajectories,
  {
    trajectoryId: trajectoryId(),
    /** Which threshold (domain/deadline.ts): "3m", "1m" or "overdue". */
    threshold: text("threshold").notNull(),
  },
  { sentAt: at("sent_at").notNull().defaultNow() },
);
