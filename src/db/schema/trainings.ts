/**
 * Trainings (docs/trainings.md): a national catalogue, written by the platform's editors, of
 * trainings with their sessions, and registrations for a session. Platform-wide: a (G)MR member
 * registers without an account and without belonging to a school in Samen, so these tables have
 * no org_id and no row-level security; only editors read the participant lists (checked by the
 * routes).
 *
 * Personal data (registrations): name, e-mail address, optionally a school's name, the state and
 * a hash of the registration's link token. Unconfirmed registrations are deleted after 48 hours,
 * every registration 30 days after its session ended (the job training-cleanup); a cancelled one
 * keeps no name or address from the moment of cancelling. The training's content holds no personal
 * data.
 */
import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, createdAt, endsAfterStart, globalTable, timeSpan } from "./columns.js";

export const trainings = globalTable(
  "trainings",
  {
    slug: text("slug").notNull(),
    titleNl: text("title_nl").notNull(),
    titleEn: text("title_en").notNull(),
    /** Markdown (src/lib/rich-text). */
    descriptionNl: text("description_nl").notNull(),
    descriptionEn: text("description_en").notNull(),
    /** Who it is for, e.g. "Nieuwe leden van de (G)MR". */
    audienceNl: text("audience_nl").notNull().default(""),
    audienceEn: text("audience_en").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("trainings_slug_key").on(t.slug),
    check("trainings_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 80`),
    check(
      "trainings_text_check",
      sql`length(${t.titleNl}) between 1 and 200 and length(${t.titleEn}) between 1 and 200`,
    ),
  ],
);

export const trainingSessions = globalTable(
  "training_sessions",
  {
    trainingId: uuid("training_id")
      .notNull()
      .references(() => trainings.id, { onDelete: "cascade" }),
    ...timeSpan(),
    /** An address, or '' when it is online. */
    place: text("place").notNull().default(""),
    /** The link of an online session, sent only to those with a place. */
    onlineUrl: text("online_url").notNull().default(""),
    capacity: integer("capacity").notNull(),
    /** Rises with every change of time or place, so a calendar replaces its invitation. */
    sequence: integer("sequence").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index("training_sessions_training_idx").on(t.trainingId, t.startsAt),
    check("training_sessions_capacity_check", sql`${t.capacity} between 1 and 1000`),
    endsAfterStart(t),
    check("training_sessions_where_check", sql`${t.place} <> '' or ${t.onlineUrl} <> ''`),
  ],
);

export const trainingRegistrations = globalTable(
  "training_registrations",
  {
    sessionId: uuid("session_id").notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    school: text("school").notNull().default(""),
    locale: text("locale").notNull().default("nl"),
    /** pending (not confirmed by mail) → placed or waiting → cancelled. */
    state: text("state").notNull().default("pending"),
    /** SHA-256 of the token in the mailed links (confirm and cancel). */
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    /** When the address was confirmed: the waiting list's order. */
    confirmedAt: at("confirmed_at"),
    cancelledAt: at("cancelled_at"),
  },
  (t) => [
    foreignKey({
      name: "training_registrations_session_fk",
      columns: [t.sessionId],
      foreignColumns: [trainingSessions.id],
    }).onDelete("cascade"),
    uniqueIndex("training_registrations_token_key").on(t.tokenHash),
    // One live registration per address per session: a second one is refused, nothing changes.
    uniqueIndex("training_registrations_live_key")
      .on(t.sessionId, sql`lower(${t.email})`)
      .where(sql`${t.state} <> 'cancelled'`),
    index("training_registrations_queue_idx").on(t.sessionId, t.state, t.confirmedAt),
    check("training_registrations_state_check", sql`${t.state} in ('pending', 'placed', 'waiting', 'cancelled')`),
    check(
      "training_registrations_text_check",
      sql`length(${t.name}) <= 200 and length(${t.email}) <= 254 and length(${t.school}) <= 200`,
    ),
  ],
);

export type Training = typeof trainings.$inferSelect;
export type TrainingSession = typeof trainingSessions.$inferSelect;
export type TrainingRegistration = typeof trainingRegistrations.$inferSelect;
