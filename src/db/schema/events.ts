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
import { check, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.js";
import { at, createdAt, orgForeignKey, orgPrimaryKey } from "./columns.js";
import { orgEntity, orgId } from "./organisations.js";

export const events = pgTable(
  "events",
  {
    ...orgEntity(),
    title: text("title").notNull(),
    startsAt: at("starts_at").notNull(),
    endsAt: at("ends_at").notNull(),
    place: text("place").notNull().default(""),
    /** The page where one signs up, given by the feature that owns the event (the reminder links it). */
    path: text("path").notNull(),
    /** Most people coming in all; null means no limit. */
    capacity: integer("capacity"),
    /** Rises with every change of time or place, so a calendar replaces the invitation it has. */
    sequence: integer("sequence").notNull().default(0),
    /** Set when the owner cancels it (a skipped parent evening): its sign-ups were mailed a CANCEL and removed. */
    cancelledAt: at("cancelled_at"),
    createdAt: createdAt(),
  },
  (t) => [
    orgPrimaryKey(t),
    index("events_starts_idx").on(t.startsAt),
    check("events_capacity_check", sql`${t.capacity} is null or ${t.capacity} between 1 and 10000`),
    check("events_time_check", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const eventSignups = pgTable(
  "event_signups",
  {
    orgId: orgId(),
    eventId: uuid("event_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** People coming, the parent included. */
    people: integer("people").notNull(),
    signedUpAt: at("signed_up_at").notNull().defaultNow(),
    /** Set in the transaction that records the reminder mail, so a rerun sends none. */
    remindedAt: at("reminded_at"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.eventId, t.userId] }),
    orgForeignKey([t.orgId, t.eventId], events, "event_signups_event_fk").onDelete("cascade"),
    index("event_signups_user_idx").on(t.userId),
    check("event_signups_people_check", sql`${t.people} between 1 and 10`),
  ],
);
