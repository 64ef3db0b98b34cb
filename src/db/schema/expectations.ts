/**
 * Mutual expectations (docs/expectations.md): per school year one short document, what parents
 * may expect of the school and what the school may expect of parents. Every save is a new
 * version; publishing makes the latest version the one parents read and confirm. Earlier years
 * stay readable because they are never deleted with the year's end, only with the school year.
 *
 * Personal data: who confirmed which version (never shown to staff by name, only as shares per
 * group), a parent's responses and the staff's answers. Kept with the school year while the
 * organisation exists; deleting the school year or the organisation deletes it all; deleting a
 * person's account deletes their confirmations and responses, and leaves versions and answers
 * they wrote without their name (set null). A person's export includes their confirmations and
 * responses with the answers (`expectationsOfPerson`, src/features/expectations/index.ts).
 */
import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { answeredResponse, answeredResponseRules, at, belongsToPart, lengthCheck, owner, person } from "./columns.js";
import { orgId, orgTable, schoolYears } from "./organisations.js";
import { partsOf } from "./links.js";

const schoolYearId = () => uuid("school_year_id").notNull();

/** The document of one school year; `published_version` is what parents read (null: not yet). */
export const expectations = partsOf(
  "expectations",
  schoolYears,
  { schoolYearId: schoolYearId() },
  {
    publishedVersion: integer("published_version"),
    publishedAt: at("published_at"),
    publishedBy: person("published_by"),
  },
  (t) => [check("expectations_published_check", sql`(${t.publishedVersion} is null) = (${t.publishedAt} is null)`)],
);

/** Every saved text, numbered from 1; never changed after it is written. */
export const expectationVersions = partsOf(
  "expectation_versions",
  { part: expectations, label: "document" },
  { schoolYearId: schoolYearId(), version: integer("version").notNull() },
  {
    /** What parents may expect of the school. */
    ofSchool: text("of_school").notNull(),
    /** What the school may expect of parents. */
    ofParents: text("of_parents").notNull(),
    writtenBy: person("written_by"),
    writtenAt: at("written_at").notNull().defaultNow(),
  },
  (t) => [
    check("expectation_versions_version_check", sql`${t.version} >= 1`),
    lengthCheck(t.ofSchool, 1, 4000),
    lengthCheck(t.ofParents, 1, 4000),
  ],
);

/** A parent read the published version `version`; a newer publication asks again. */
export const expectationConfirmations = pgTable(
  "expectation_confirmations",
  {
    orgId: orgId(),
    schoolYearId: schoolYearId(),
    userId: owner("user_id"),
    version: integer("version").notNull(),
    confirmedAt: at("confirmed_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.schoolYearId, t.userId] }),
    foreignKey({
      name: "expectation_confirmations_version_fk",
      columns: [t.orgId, t.schoolYearId, t.version],
      foreignColumns: [expectationVersions.orgId, expectationVersions.schoolYearId, expectationVersions.version],
    }).onDelete("cascade"),
    index("expectation_confirmations_user_idx").on(t.userId),
  ],
);

/** A parent's response to the year's document, and the school's answer. */
export const expectationResponses = orgTable(
  "expectation_responses",
  {
    schoolYearId: schoolYearId(),
    ...answeredResponse(),
  },
  (t) => [
    belongsToPart(expectations, t.schoolYearId, "document"),
    index("expectation_responses_year_idx").on(t.orgId, t.schoolYearId, t.createdAt),
    ...answeredResponseRules("expectation_responses", t),
    check("expectation_responses_answer_check", sql`(${t.answer} is null) = (${t.answeredAt} is null)`),
  ],
);
