/**
 * The three-way conversation's guide (gesprekswijzer) around a booking: each voice's
 * preparation (pupil, parent, teacher), the teacher's private notes (row-level security lets
 * only that teacher read them), the agreements with a follow-up date, parents' remarks, and
 * the follow-up reminders already sent. Hand-written migration: 0011_conversation_preparation.
 */
import { sql } from "drizzle-orm";
import { check, date, integer, jsonb, pgEnum, text, unique, uuid } from "drizzle-orm/pg-core";
import { at, belongsTo, belongsToPart, lastChange, lengthCheck, owner, person } from "./columns.js";
import { conversationBookings } from "./conversations.js";
import { guardians, orgTable } from "./organisations.js";
import { partsOf } from "./links.js";

export const conversationVoice = pgEnum("conversation_voice", ["pupil", "parent", "teacher"]);
export const conversationParty = pgEnum("conversation_party", ["pupil", "parent", "teacher", "school"]);
export const conversationPlace = pgEnum("conversation_place", ["school", "home"]);

const bookingId = () => uuid("booking_id").notNull();

/** One voice's answers to the guide's questions, with the guide version they answer. */
export const conversationPreparations = partsOf(
  "conversation_preparations",
  conversationBookings,
  { bookingId: bookingId(), voice: conversationVoice("voice").notNull() },
  {
    guideVersion: text("guide_version").notNull(),
    answers: jsonb("answers").$type<Record<string, string>>().notNull(),
    filledIn: conversationPlace("filled_in").notNull(),
    ...lastChange(),
  },
  (t) => [check("conversation_preparations_answers_check", sql`jsonb_typeof(${t.answers}) = 'object'`)],
  { keyName: "conversation_preparations_pk" },
);

export const conversationPrivateNotes = partsOf(
  "conversation_private_notes",
  conversationBookings,
  { bookingId: bookingId(), teacherId: owner("teacher_id") },
  { note: text("note").notNull(), updatedAt: at("updated_at").notNull().defaultNow() },
  () => [],
  { keyName: "conversation_private_notes_pk" },
);

/** The agreements of one conversation were recorded; the follow-up date is optional. */
export const conversationOutcomes = partsOf(
  "conversation_outcomes",
  conversationBookings,
  { bookingId: bookingId() },
  {
    followUpOn: date("follow_up_on", { mode: "string" }),
    recordedBy: person("recorded_by"),
    recordedAt: at("recorded_at").notNull().defaultNow(),
  },
  () => [],
  { keyName: "conversation_outcomes_pk" },
);

/** The outcome as the parent of the agreements' remarks and follow-up reminders. */
const ofOutcome = { part: conversationOutcomes, label: "outcome" };

/** Who does what, by when. */
export const conversationAgreements = orgTable(
  "conversation_agreements",
  {
    bookingId: bookingId(),
    position: integer("position").notNull(),
    party: conversationParty("party").notNull(),
    what: text("what").notNull(),
    dueOn: date("due_on", { mode: "string" }),
  },
  (t) => [
    belongsToPart(conversationOutcomes, t.bookingId, "outcome"),
    unique("conversation_agreements_position_key").on(t.orgId, t.bookingId, t.position),
    lengthCheck(t.what, 1, 500),
  ],
);

/** A parent's remark on the agreements; one per guardian. */
export const conversationAgreementRemarks = partsOf(
  "conversation_agreement_remarks",
  ofOutcome,
  { bookingId: bookingId(), guardianId: uuid("guardian_id").notNull() },
  { remark: text("remark").notNull(), updatedAt: at("updated_at").notNull().defaultNow() },
  (t) => [belongsTo(guardians, t.guardianId), lengthCheck(t.remark, 1, 1000)],
  { keyName: "conversation_agreement_remarks_pk" },
);

/** A follow-up reminder sent to one address for one follow-up date: the job's idempotency record. */
export const conversationFollowUpReminders = partsOf(
  "conversation_follow_up_reminders",
  ofOutcome,
  {
    bookingId: bookingId(),
    followUpOn: date("follow_up_on", { mode: "string" }).notNull(),
    email: text("email").notNull(),
  },
  { sentAt: at("sent_at").notNull().defaultNow() },
  () => [],
  { keyName: "conversation_follow_up_reminders_pk" },
);
