/**
 * The parent network (docs/network.md): per parent per organisation what they offer and who may
 * see it; staff's requests for help to parents who may be found and their answers; volunteer
 * tasks (hulpouders), whose time, place, capacity and sign-ups are an event's (src/db/schema/events.ts).
 *
 * Personal data: a parent's profile (skills, trade, languages, time, free text, tags, their
 * visibility choices and the consent to be found), their answers to requests (yes/no and whether
 * their e-mail may be shared), and through the event their sign-ups for tasks. Kept while the
 * parent's account and the organisation exist; a parent who no longer has a child at the school
 * (who left the organisation) is left out of the directory and of search at once, and their
 * profile is deleted by them or with their account. Deleting the account deletes the profile and
 * the answers (cascade); a request and a task outlive their author (set null). A person's export
 * includes their profile and answers (`networkOfPerson`), and the events' export their sign-ups.
 */
import { sql } from "drizzle-orm";
import { boolean, check, customType, index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, belongsTo, createdAt, lengthCheck, owner, person } from "./columns.js";
import { events } from "./events.js";
import { orgId, orgTable } from "./organisations.js";
import { groupsOf, personMarks } from "./links.js";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const networkProfiles = pgTable(
  "network_profiles",
  {
    orgId: orgId(),
    userId: owner("user_id"),
    /** Who among the other parents sees this profile: nobody, parents of the same group(s), or every parent. */
    visibility: text("visibility").notNull().default("nobody"),
    showName: boolean("show_name").notNull().default(true),
    showGroups: boolean("show_groups").notNull().default(false),
    showLanguages: boolean("show_languages").notNull().default(false),
    showOffer: boolean("show_offer").notNull().default(false),
    /** The consent "mag gevonden worden voor hulpvragen": staff find this parent in search. */
    findable: boolean("findable").notNull().default(false),
    skills: text("skills").notNull().default(""),
    trade: text("trade").notNull().default(""),
    timeAvailable: text("time_available").notNull().default(""),
    about: text("about").notNull().default(""),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Language codes (src/features/network/domain/languages.ts). */
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * The tags and the languages' names in Dutch and English, written with them by the app (a
     * generated column may not call array_to_string, which is only stable), so "wie spreekt
     * Turks" finds who speaks Turkish.
     */
    searchWords: text("search_words").notNull().default(""),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(
        sql`to_tsvector('dutch', skills || ' ' || trade || ' ' || time_available || ' ' || about || ' ' || search_words)`,
      ),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    index("network_profiles_user_idx").on(t.userId),
    index("network_profiles_search_idx").using("gin", t.search),
    check("network_profiles_visibility_check", sql`${t.visibility} in ('nobody', 'group', 'organisation')`),
    check(
      "network_profiles_length_check",
      sql`length(${t.skills}) <= 1000 and length(${t.trade}) <= 200 and length(${t.timeAvailable}) <= 500 and length(${t.about}) <= 2000`,
    ),
  ],
);

export const networkRequests = orgTable(
  "network_requests",
  {
    authorId: person("author_id"),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [lengthCheck(t.body, 1, 2000)],
);

export const networkRequestAnswers = personMarks(
  "network_request_answers",
  { requestId: uuid("request_id").notNull() },
  networkRequests,
  {
    /** Null until answered. */
    answer: text("answer"),
    /** Only with a yes: the parent agreed that the staff member sees their e-mail address. */
    shareEmail: boolean("share_email").notNull().default(false),
    answeredAt: at("answered_at"),
  },
  (t) => [
    check("network_request_answers_answer_check", sql`${t.answer} is null or ${t.answer} in ('yes', 'no')`),
    check("network_request_answers_share_check", sql`not ${t.shareEmail} or ${t.answer} = 'yes'`),
  ],
);

export const volunteerTasks = orgTable(
  "volunteer_tasks",
  {
    /** Time, place, number of people needed (capacity) and sign-ups. */
    eventId: uuid("event_id").notNull(),
    expected: text("expected").notNull().default(""),
    authorId: person("author_id"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("volunteer_tasks_event_key").on(t.orgId, t.eventId),
    belongsTo(events, t.eventId),
    lengthCheck(t.expected, 0, 2000),
  ],
);

export const volunteerTaskGroups = groupsOf(
  "volunteer_task_groups",
  { taskId: uuid("task_id").notNull() },
  volunteerTasks,
);
