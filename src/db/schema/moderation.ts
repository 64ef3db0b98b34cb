/**
 * Reports of content (src/moderation): a person who can see something another wrote (an idea, a
 * reaction, a news comment) tells the school it should not be there, with a reason. The content
 * stays in its feature's table, with its own hidden state; a report names it by `content_kind`
 * and `content_id`. A report is open until staff hide the content or keep it.
 *
 * Personal data: who reported what and why. Kept while the organisation exists and the reporter's
 * account does (a resolved report is the record of why something was hidden or kept); deleting the
 * reporter's account deletes their reports; deleting the organisation deletes them all. A
 * person's export includes the reports they made (`reportsBy`).
 */
import { sql } from "drizzle-orm";
import { check, index, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, createdAt, lengthCheck, owner, person } from "./columns.js";
import { orgTable } from "./organisations.js";

export const moderationReports = orgTable(
  "moderation_reports",
  {
    /** Which feature's content ("idea"); that feature says who may see and report it. */
    contentKind: text("content_kind").notNull(),
    contentId: uuid("content_id").notNull(),
    reporterId: owner("reporter_id"),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
    resolvedAt: at("resolved_at"),
    resolvedBy: person("resolved_by"),
    /** What staff did: hid the content, or kept it as it was. */
    resolution: text("resolution"),
  },
  (t) => [
    // One open report per person per content: reporting again while it waits changes nothing.
    uniqueIndex("moderation_reports_open_idx")
      .on(t.orgId, t.contentKind, t.contentId, t.reporterId)
      .where(sql`${t.resolvedAt} is null`),
    index("moderation_reports_queue_idx").on(t.orgId, t.contentKind, t.resolvedAt),
    index("moderation_reports_reporter_idx").on(t.reporterId),
    lengthCheck(t.reason, 1, 500),
    check(
      "moderation_reports_resolved_check",
      sql`(${t.resolvedAt} is null) = (${t.resolution} is null) and (${t.resolution} is null or ${t.resolution} in ('hidden', 'kept'))`,
    ),
  ],
);
