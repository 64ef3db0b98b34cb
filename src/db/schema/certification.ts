/**
 * Certification at the end of a trajectory (docs/certification.md): the criteria the platform
 * sets, the advisor's "not yet" with reasons the school reads, and the certificates awarded,
 * each with a verification code the public page /certificaat/<code> looks up, and revoked
 * only with a reason.
 *
 * Personal data: who reviewed, awarded, revoked or changed the criteria, and the advisor's
 * reasons (about the school, not about a parent or child). Kept as the organisation's history
 * while it exists; deleting the organisation deletes it all; deleting a person's account leaves
 * the rows without the person (set null). A person's export has nothing of it beyond the audit
 * log's entries of what they did.
 */
import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, text, uniqueIndex } from "drizzle-orm/pg-core";
import { at, belongsTo, globalTable, lengthCheck, person } from "./columns.js";
import { orgTable } from "./organisations.js";
import { trajectories, trajectoryId } from "./trajectories.js";

/**
 * The platform's criteria, one row per change: the newest row applies, the older ones are the
 * trail of who set what and when (a platform setting belongs to no organisation, so the
 * organisation's audit log cannot hold it). Without any row the defaults of
 * src/features/certification/domain/criteria.ts apply.
 */
export const certificationCriteria = globalTable(
  "certification_criteria",
  {
    /** The lowest current mean (1–5) per domain, for team and parents alike: { vision: 3.5, … }. */
    domainMinimums: jsonb("domain_minimums").$type<Record<string, number>>().notNull(),
    /** Whether a domain may not be lower at the eindmeting than at the nulmeting. */
    noDecline: boolean("no_decline").notNull(),
    /** Sessions held on each line (a joint session counts on both). */
    minSchoolSessions: integer("min_school_sessions").notNull(),
    minParentSessions: integer("min_parent_sessions").notNull(),
    validityYears: integer("validity_years").notNull(),
    setBy: person("set_by"),
    setAt: at("set_at").notNull().defaultNow(),
  },
  (t) => [
    index("certification_criteria_set_at_idx").on(t.setAt),
    check("certification_criteria_sessions_check", sql`${t.minSchoolSessions} >= 0 and ${t.minParentSessions} >= 0`),
    check("certification_criteria_validity_check", sql`${t.validityYears} between 1 and 10`),
  ],
);

/** The advisor's "not yet": the reasons the school reads on its certification page. */
export const certificationReviews = orgTable(
  "certification_reviews",
  {
    trajectoryId: trajectoryId(),
    reasons: text("reasons").notNull(),
    reviewedBy: person("reviewed_by"),
    reviewedAt: at("reviewed_at").notNull().defaultNow(),
  },
  (t) => [belongsTo(trajectories, t.trajectoryId), lengthCheck(t.reasons, 1, 2000)],
);

/**
 * An awarded certificate. `code` is the verification code as printed (20 Crockford base-32
 * characters, 100 random bits), stored as it is: see docs/certification.md for why not hashed.
 * At most one unrevoked certificate per trajectory.
 */
export const certificates = orgTable(
  "certificates",
  {
    trajectoryId: trajectoryId(),
    code: text("code").notNull(),
    awardedOn: date("awarded_on").notNull(),
    validUntil: date("valid_until").notNull(),
    awardedBy: person("awarded_by"),
    awardedAt: at("awarded_at").notNull().defaultNow(),
    /** The school chose to appear on the public list of certified organisations. */
    listed: boolean("listed").notNull().default(false),
    revokedAt: at("revoked_at"),
    revokedBy: person("revoked_by"),
    revokedReason: text("revoked_reason"),
  },
  (t) => [
    belongsTo(trajectories, t.trajectoryId),
    // The public page looks a code up before it knows the organisation (certificate_by_code()).
    uniqueIndex("certificates_code_key").on(t.code),
    uniqueIndex("certificates_trajectory_key")
      .on(t.orgId, t.trajectoryId)
      .where(sql`${t.revokedAt} is null`),
    check("certificates_code_check", sql`${t.code} ~ '^[0-9A-HJKMNP-TV-Z]{20}$'`),
    check("certificates_validity_check", sql`${t.validUntil} > ${t.awardedOn}`),
    check(
      "certificates_revoked_check",
      sql`(${t.revokedAt} is null) = (${t.revokedReason} is null) and (${t.revokedReason} is null or length(${t.revokedReason}) > 0)`,
    ),
  ],
);
