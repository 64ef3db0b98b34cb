/**
 * Conversation rounds (parent–teacher or three-way): the round, its groups, each teacher's
 * availability, the generated slots, the bookings, families' preferences (fair mode) and who
 * could not be placed. The booking rules that must hold under contention live here as
 * constraints: a slot is booked at most once, a child at most once per round (once per
 * guardian when the round lets guardians who live apart book separately), a booking's slot
 * belongs to its round, and its guardian is a guardian of its child.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  at,
  belongsTo,
  closesAfterOpening,
  createdAt,
  endsAfterStart,
  openWindow,
  owner,
  person,
  timeSpan,
} from "./columns.js";
import type { SlotSettings } from "../../features/conversations/domain/slots.js";
import { guardianOfPupil, guardianOfPupilKey, orgId, orgTable, pupils } from "./organisations.js";
import { groupsOf, partsOf } from "./links.js";

export const conversationKind = pgEnum("conversation_kind", ["parent_teacher", "three_way"]);
export const conversationMode = pgEnum("conversation_mode", ["first_come", "fair"]);
export const preferenceAnswer = pgEnum("conversation_preference_answer", ["yes", "no"]);
export const unplacedReason = pgEnum("conversation_unplaced_reason", ["noSuitableTime", "conflicts", "tooFewTimes"]);

/** The round-wide part of the slot settings; the availability windows live in their own table. */
export type RoundSlotSettings = Omit<SlotSettings, "availability">;

const roundId = () => uuid("round_id").notNull();

export const conversationRounds = orgTable(
  "conversation_rounds",
  {
    name: text("name").notNull(),
    kind: conversationKind("kind").notNull(),
    mode: conversationMode("mode").notNull(),
    slotSettings: jsonb("slot_settings").$type<RoundSlotSettings>().notNull(),
    bufferMinutes: integer("buffer_minutes").notNull(),
    toleranceMinutes: integer("tolerance_minutes").notNull(),
    /** Booking (first come) or the preference window (fair) opens and closes. */
    ...openWindow(),
    changeDeadline: at("change_deadline").notNull(),
    separateGuardianBookings: boolean("separate_guardian_bookings").notNull().default(false),
    /** Guardians get a reminder this many hours before the conversation; 0: no reminder. */
    reminderHours: integer("reminder_hours").notNull().default(24),
    /** Fair mode: the seed of the last allocation, so its result can be explained. */
    allocationSeed: text("allocation_seed"),
    allocatedAt: at("allocated_at"),
    publishedAt: at("published_at"),
    createdBy: person("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    // Target of the bookings' foreign key that keeps their copy of the setting in step.
    unique("conversation_rounds_separate_key").on(t.orgId, t.id, t.separateGuardianBookings),
    closesAfterOpening("conversation_rounds_window_check", t),
    check("conversation_rounds_deadline_check", sql`${t.changeDeadline} >= ${t.opensAt}`),
    check("conversation_rounds_buffer_check", sql`${t.bufferMinutes} between 0 and 60`),
    check("conversation_rounds_tolerance_check", sql`${t.toleranceMinutes} between 0 and 120`),
    check("conversation_rounds_reminder_check", sql`${t.reminderHours} between 0 and 168`),
  ],
);

export const conversationRoundGroups = groupsOf(
  "conversation_round_groups",
  { roundId: roundId() },
  conversationRounds,
);

/** A period on one day (local school time) when a teacher is available in a round. */
export const conversationAvailability = orgTable(
  "conversation_availability",
  {
    roundId: roundId(),
    teacherId: owner("teacher_id"),
    onDate: date("on_date", { mode: "string" }).notNull(),
    fromTime: text("from_time").notNull(),
    toTime: text("to_time").notNull(),
  },
  (t) => [
    belongsTo(conversationRounds, t.roundId),
    check(
      "conversation_availability_times_check",
      sql`${t.fromTime} ~ '^\\d\\d:\\d\\d$' and ${t.toTime} > ${t.fromTime}`,
    ),
    index("conversation_availability_round_idx").on(t.orgId, t.roundId, t.teacherId),
  ],
);

export const conversationSlots = orgTable(
  "conversation_slots",
  {
    roundId: roundId(),
    /** Null once the teacher deleted their account: the families' bookings stay (docs/privacy.md). */
    teacherId: person("teacher_id"),
    ...timeSpan(),
  },
  (t) => [
    belongsTo(conversationRounds, t.roundId),
    // Target of the bookings' foreign key: a booking's slot is in the booking's round.
    unique("conversation_slots_round_key").on(t.orgId, t.roundId, t.id),
    uniqueIndex("conversation_slots_start_key").on(t.orgId, t.roundId, t.teacherId, t.startsAt),
    endsAfterStart(t, "conversation_slots_times_check"),
  ],
);

export const conversationBookings = orgTable(
  "conversation_bookings",
  {
    roundId: roundId(),
    slotId: uuid("slot_id").notNull(),
    /** The child, and the guardian who booked (or for whom the school or the allocation booked). */
    ...guardianOfPupil(),
    /** The round's setting, kept in step by a foreign key; it picks the uniqueness rule below. */
    separate: boolean("separate").notNull(),
    /** Raised on every change, so calendars replace the earlier invitation. */
    sequence: integer("sequence").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    belongsTo(conversationRounds, t.roundId),
    foreignKey({
      name: "conversation_bookings_separate_fk",
      columns: [t.orgId, t.roundId, t.separate],
      foreignColumns: [conversationRounds.orgId, conversationRounds.id, conversationRounds.separateGuardianBookings],
    })
      .onUpdate("cascade")
      .onDelete("cascade"),
    foreignKey({
      name: "conversation_bookings_slot_fk",
      columns: [t.orgId, t.roundId, t.slotId],
      foreignColumns: [conversationSlots.orgId, conversationSlots.roundId, conversationSlots.id],
    }),
    guardianOfPupilKey("conversation_bookings_guardian_fk", t).onDelete("cascade"),
    belongsTo(pupils, t.pupilId),
    uniqueIndex("conversation_bookings_slot_key").on(t.orgId, t.slotId),
    uniqueIndex("conversation_bookings_pupil_key")
      .on(t.orgId, t.roundId, t.pupilId)
      .where(sql`not ${t.separate}`),
    uniqueIndex("conversation_bookings_guardian_key")
      .on(t.orgId, t.roundId, t.pupilId, t.guardianId)
      .where(sql`${t.separate}`),
  ],
);

/** Fair mode: a guardian's yes or no for one slot for one child. */
export const conversationPreferences = pgTable(
  "conversation_preferences",
  {
    orgId: orgId(),
    roundId: roundId(),
    guardianId: uuid("guardian_id").notNull(),
    pupilId: uuid("pupil_id").notNull(),
    slotId: uuid("slot_id").notNull(),
    answer: preferenceAnswer("answer").notNull(),
  },
  (t) => [
    primaryKey({
      name: "conversation_preferences_pk",
      columns: [t.orgId, t.roundId, t.guardianId, t.pupilId, t.slotId],
    }),
    belongsTo(conversationRounds, t.roundId),
    foreignKey({
      name: "conversation_preferences_slot_fk",
      columns: [t.orgId, t.roundId, t.slotId],
      foreignColumns: [conversationSlots.orgId, conversationSlots.roundId, conversationSlots.id],
    }).onDelete("cascade"),
    guardianOfPupilKey("conversation_preferences_guardian_fk", t).onDelete("cascade"),
  ],
);

/** Fair mode: the children the last allocation could not place, and why. */
export const conversationUnplaced = orgTable(
  "conversation_unplaced",
  {
    roundId: roundId(),
    pupilId: uuid("pupil_id").notNull(),
    reason: unplacedReason("reason").notNull(),
  },
  (t) => [
    belongsTo(conversationRounds, t.roundId),
    belongsTo(pupils, t.pupilId),
    index("conversation_unplaced_round_idx").on(t.orgId, t.roundId),
  ],
);

/**
 * The reminders sent before a conversation (migration 0013), one per booking and version of
 * the booking: the reminder job claims its row first, so a reminder is never mailed twice.
 */
export const conversationReminders = partsOf(
  "conversation_reminders",
  conversationBookings,
  { bookingId: uuid("booking_id").notNull(), sequence: integer("sequence").notNull() },
  { sentAt: at("sent_at").notNull().defaultNow() },
  () => [],
  { keyName: "conversation_reminders_pk" },
);
