/**
 * The information calendar (src/features/calendar, docs/calendar.md): the school year's moments
 * added by hand by staff (newsletters, reports, trips, holidays, …), for the whole organisation or
 * some groups, a day, a range of days, or a time on one day. Events and conversation rounds come
 * into the calendar from their own tables (an extension point), not through these.
 *
 * `calendar_feeds` is platform-wide (no org_id, no row-level security policy): a person's private
 * iCal feed is found by its token before anyone is signed in, and one feed covers every
 * organisation the person belongs to. It holds only the SHA-256 of the token, never the token.
 */
import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.js";
import { createdAt, lengthCheck, person } from "./columns.js";
import { orgTable } from "./organisations.js";
import { groupsOf } from "./links.js";

export const calendarItemKind = pgEnum("calendar_item_kind", [
  "newsletter",
  "parent_evening",
  "conversations",
  "report",
  "trip",
  "holiday",
  "study_day",
  "other",
]);

export const calendarItems = orgTable(
  "calendar_items",
  {
    title: text("title").notNull(),
    kind: calendarItemKind("kind").notNull(),
    description: text("description").notNull().default(""),
    /** The first and last day (school dates); equal for one day. */
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    /** HH:MM school time on `starts_on`; both null for an all-day item. */
    startTime: text("start_time"),
    endTime: text("end_time"),
    wholeOrg: boolean("whole_org").notNull().default(true),
    /** Rises with every change, so a subscribed calendar replaces the item. */
    sequence: integer("sequence").notNull().default(0),
    createdBy: person("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    index("calendar_items_days_idx").on(t.orgId, t.startsOn),
    check("calendar_items_days_check", sql`${t.endsOn} >= ${t.startsOn}`),
    check(
      "calendar_items_time_check",
      sql`(${t.startTime} is null and ${t.endTime} is null) or (${t.startTime} ~ '^\\d\\d:\\d\\d$' and ${t.endTime} ~ '^\\d\\d:\\d\\d$' and ${t.endTime} > ${t.startTime} and ${t.endsOn} = ${t.startsOn})`,
    ),
    lengthCheck(t.title, 1, 200),
  ],
);

export const calendarItemGroups = groupsOf(
  "calendar_item_groups",
  { itemId: uuid("item_id").notNull() },
  calendarItems,
);

/** A person's private feed: the SHA-256 (hex) of its token; renewing replaces it, so the old URL finds nothing. */
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
});
