/**
 * Conversations outside the rounds. A conversation on request: a parent (for their child) or
 * a teacher (for a family in their group) asks for one with a topic; the other side proposes
 * times; it is scheduled, then held or cancelled. And "another time" within a round: a parent
 * who cannot make any slot leaves a note, and the teacher answers with a time or a message.
 * The notes are private to the people in the conversation; the school's history counts only
 * topics and held conversations.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, belongsTo, createdAt, endsAfterStart, lengthCheck, owner, person, timeSpan } from "./columns.js";
import { conversationRounds } from "./conversations.js";
import { guardianOfPupil, guardianOfPupilKey, orgTable, pupils } from "./organisations.js";

export const requestTopic = pgEnum("conversation_request_topic", [
  "progress",
  "wellbeing",
  "behaviour",
  "home",
  "support",
  "other",
]);
export const requestStatus = pgEnum("conversation_request_status", [
  "requested",
  "proposed",
  "scheduled",
  "held",
  "cancelled",
]);
export const requestSide = pgEnum("conversation_request_side", ["parent", "teacher"]);
export const otherTimeStatus = pgEnum("conversation_other_time_status", ["open", "answered"]);

export const conversationRequests = orgTable(
  "conversation_requests",
  {
    pupilId: uuid("pupil_id").notNull(),
    teacherId: owner("teacher_id"),
    askedBy: requestSide("asked_by").notNull(),
    askedByUser: person("asked_by_user"),
    topic: requestTopic("topic").notNull(),
    /** The asker's own words: shown to the two sides, never in the school's history. */
    note: text("note").notNull().default(""),
    status: requestStatus("status").notNull().default("requested"),
    startsAt: at("starts_at"),
    endsAt: at("ends_at"),
    /** Raised on every change of the time, so calendars replace the earlier invitation. */
    sequence: integer("sequence").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    belongsTo(pupils, t.pupilId),
    lengthCheck(t.note, 0, 2000),
    check(
      "conversation_requests_time_check",
      sql`(${t.startsAt} is null and ${t.endsAt} is null) or ${t.endsAt} > ${t.startsAt}`,
    ),
    check(
      "conversation_requests_scheduled_check",
      sql`${t.status} not in ('scheduled', 'held') or ${t.startsAt} is not null`,
    ),
    index("conversation_requests_pupil_idx").on(t.orgId, t.pupilId),
    index("conversation_requests_teacher_idx").on(t.orgId, t.teacherId),
  ],
);

/** The times the other side proposed; the asker accepts one. */
export const conversationRequestTimes = orgTable(
  "conversation_request_times",
  {
    requestId: uuid("request_id").notNull(),
    ...timeSpan(),
  },
  (t) => [
    belongsTo(conversationRequests, t.requestId),
    uniqueIndex("conversation_request_times_start_key").on(t.orgId, t.requestId, t.startsAt),
    endsAfterStart(t, "conversation_request_times_check"),
  ],
);

/** Within a round: a guardian who cannot make any slot asks for another time for a child. */
export const conversationOtherTimes = orgTable(
  "conversation_other_times",
  {
    roundId: uuid("round_id").notNull(),
    ...guardianOfPupil(),
    note: text("note").notNull(),
    status: otherTimeStatus("status").notNull().default("open"),
    /** The teacher's message, or the time they gave (a booking in the round). */
    answer: text("answer"),
    answeredStartsAt: at("answered_starts_at"),
    answeredBy: person("answered_by"),
    answeredAt: at("answered_at"),
    createdAt: createdAt(),
  },
  (t) => [
    belongsTo(conversationRounds, t.roundId),
    guardianOfPupilKey("conversation_other_times_guardian_fk", t).onDelete("cascade"),
    lengthCheck(t.note, 1, 1000),
    check("conversation_other_times_answer_check", sql`${t.answer} is null or length(${t.answer}) <= 1000`),
    // One open request per child and guardian in a round: a second press changes nothing.
    uniqueIndex("conversation_other_times_open_key")
      .on(t.orgId, t.roundId, t.pupilId, t.guardianId)
      .where(sql`${t.status} = 'open'`),
  ],
);
