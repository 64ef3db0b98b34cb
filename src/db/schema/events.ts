/**
 * Events parents sign up for (docs/events.md): a parent evening of the trajectory today, the
 * communication's events later. An event knows its time, place and capacity; the feature that
 * owns it (the trajectory's session, through `trajectory_session_events`) decides who is invited.
 * One sign-up per person per event (the primary key), with the number of people coming; the
 * capacity is the sum of those numbers and holds under concurrent sign-ups because a sign-up
 * locks its event's row (src/features/events/service/signups.ts).
 *
 * Personal data: who signed up, with how many people, and whether their reminder went out. Kept
 * until the event is deleted or the organisation is; cancelling a sign-up deletes it, and so does
 * cancelling the event (after mailing everyone signed up); deleting a
 * person's account deletes their sign-ups. A person's export includes their sign-ups
 * (`signupsOfPerson`, src/features/events/index.ts).
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, text, uuid } from "drizzle-orm/pg-core";
import { at, belongsTo, createdAt, endsAfterStart, lengthCheck, owner, person, timeSpan } from "./columns.js";
import { orgTable } from "./organisations.js";
import { groupsOf, partsOf, personMarks } from "./links.js";

export const events = orgTable(
  "events",
  {
    title: text("title").notNull(),
    ...timeSpan(),
    place: text("place").notNull().default(""),
    /** The page where one signs up, given by the feature that owns the event (the reminder links it). */
    path: text("path").notNull(),
    /** Most people coming in all; null means no limit. */
    capacity: integer("capacity"),
    /** Rises with every change of time or place, so a calendar replaces the invitation it has. */
    sequence: integer("sequence").notNull().default(0),
    /** Set when the owner cancels it (a skipped parent evening): its sign-ups were mailed a CANCEL and removed. */
    cancelledAt: at("cancelled_at"),
    /**
     * How many signed up (or waiting) were mailed the cancellation, kept because their sign-ups are
     * then deleted: the page says whether anyone was told. Null when not cancelled, or cancelled
     * before this was kept (migration 0055): then the page claims nothing.
     */
    cancelMailed: integer("cancel_mailed"),
    /** A sign-up that does not fit joins a waiting list instead of being refused (the school's own events). */
    waitingList: boolean("waiting_list").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("events_starts_idx").on(t.startsAt),
    check("events_capacity_check", sql`${t.capacity} is null or ${t.capacity} between 1 and 10000`),
    endsAfterStart(t),
  ],
);

export const eventSignups = personMarks(
  "event_signups",
  { eventId: uuid("event_id").notNull() },
  events,
  {
    /** People coming, the parent included. */
    people: integer("people").notNull(),
    signedUpAt: at("signed_up_at").notNull().defaultNow(),
    /** Set in the transaction that records the reminder mail, so a rerun sends none. */
    remindedAt: at("reminded_at"),
    /** On the waiting list (in the order of signed_up_at): not counted against the capacity, not reminded. */
    waiting: boolean("waiting").notNull().default(false),
    /** Recorded by staff afterwards: came (true), did not (false), not recorded (null). */
    attended: boolean("attended"),
  },
  (t) => [check("event_signups_people_check", sql`${t.people} between 1 and 10`)],
);

export const schoolEventKind = pgEnum("school_event_kind", [
  "parent_evening",
  "information_evening",
  "workshop",
  "open_day",
]);

/**
 * An event the school organises itself (/events): what kind, a description, an online link, who is
 * invited (the whole organisation or groups, `school_event_groups`) and the summary staff write
 * afterwards, sent to those invited. The event's time, place and capacity stay in `events`.
 */
export const schoolEvents = partsOf(
  "school_events",
  events,
  { eventId: uuid("event_id").notNull() },
  {
    kind: schoolEventKind("kind").notNull(),
    description: text("description").notNull().default(""),
    onlineUrl: text("online_url").notNull().default(""),
    wholeOrg: boolean("whole_org").notNull().default(true),
    summary: text("summary").notNull().default(""),
    summarySentAt: at("summary_sent_at"),
    createdBy: person("created_by"),
  },
  (t) => [lengthCheck(t.description, 0, 4000), lengthCheck(t.summary, 0, 8000)],
);

export const schoolEventGroups = groupsOf("school_event_groups", { eventId: uuid("event_id").notNull() }, events);

/** A topic or question an invited parent submits in advance; other invited parents support it. */
export const eventTopics = orgTable(
  "event_topics",
  {
    eventId: uuid("event_id").notNull(),
    userId: owner("user_id"),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [belongsTo(events, t.eventId), index("event_topics_user_idx").on(t.userId), lengthCheck(t.body, 1, 500)],
);

/** One support per person per topic (the primary key), withdrawable. */
export const eventTopicSupports = personMarks(
  "event_topic_supports",
  { topicId: uuid("topic_id").notNull() },
  eventTopics,
);
