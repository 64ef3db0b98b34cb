/**
 * Moderation shared by every feature whose people write for others: any person who can see
 * content may report it (not their own), staff hide it with a reason its writer reads, show it
 * again, or keep it and close its reports. Each change is audited once, in the caller's
 * transaction: pressing "hide" six times writes one entry, because the second press finds the
 * content hidden for that reason already. The feature decides who may moderate (its guard) and
 * gives its content's state (kinds.ts).
 */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { recordAuditBy, type AuditAction } from "../audit/record.js";
import type { Tx } from "../db/client.js";
import { ofOrg } from "../db/of-org.js";
import type { ViewerScope } from "../db/org-scope.js";
import { moderationReports } from "../db/schema/index.js";
import { NotFoundError } from "../web/errors.js";
import { refuse, type Outcome, type Refused } from "../web/outcome.js";
import type { ModeratedKind, ModeratedState } from "./kinds.js";

type Target = { kind: ModeratedKind; contentId: string };

async function locked(tx: Tx, scope: ViewerScope, target: Target): Promise<ModeratedState> {
  const state = await target.kind.lock(tx, scope, target.contentId);
  if (!state) throw new NotFoundError(target.kind.kind);
  return state;
}

function audit(tx: Tx, scope: ViewerScope, target: Target, action: AuditAction): Promise<void> {
  return recordAuditBy(tx, scope, { action, entity: target.kind.auditEntity, entityId: target.contentId });
}

const openReportsOf = (scope: ViewerScope, target: Target) =>
  and(
    eq(moderationReports.orgId, scope.orgId),
    eq(moderationReports.contentKind, target.kind.kind),
    eq(moderationReports.contentId, target.contentId),
    isNull(moderationReports.resolvedAt),
  );

async function resolveReports(tx: Tx, scope: ViewerScope, target: Target, resolution: "hidden" | "kept") {
  const resolved = await tx
    .update(moderationReports)
    .set({ resolvedAt: new Date(), resolvedBy: scope.userId, resolution })
    .where(openReportsOf(scope, target))
    .returning({ id: moderationReports.id });
  return resolved.length;
}

/** Hides the content with a reason its writer reads; its open reports are resolved as "hidden". */
export async function hideContent(tx: Tx, scope: ViewerScope, target: Target & { reason: string }): Promise<void> {
  const state = await locked(tx, scope, target);
  if (state.hiddenReason === target.reason) return;
  await target.kind.setHidden(tx, scope, target.contentId, { reason: target.reason });
  await audit(tx, scope, target, "hide");
  await resolveReports(tx, scope, target, "hidden");
}

/** Shows hidden content again. */
export async function restoreContent(tx: Tx, scope: ViewerScope, target: Target): Promise<void> {
  const state = await locked(tx, scope, target);
  if (state.hiddenReason === null) return;
  await target.kind.setHidden(tx, scope, target.contentId, null);
  await audit(tx, scope, target, "unhide");
}

/** Keeps the content as it is and closes its open reports. */
export async function keepContent(tx: Tx, scope: ViewerScope, target: Target): Promise<void> {
  await locked(tx, scope, target);
  if ((await resolveReports(tx, scope, target, "kept")) > 0) await audit(tx, scope, target, "keep");
}

export type ReportRefusal = Refused<"own">;

/**
 * Reports content the person can see; "not found" for content they cannot. Reporting it again
 * while the report waits, or reporting what is hidden already, changes nothing.
 */
export async function reportContent(
  tx: Tx,
  scope: ViewerScope,
  target: Target & { reason: string },
): Promise<Outcome<object, ReportRefusal>> {
  const state = await locked(tx, scope, target);
  if (!state.seenByViewer) throw new NotFoundError(target.kind.kind);
  if (state.authorId === scope.userId) return refuse("own", "moderation.refusal.own", "forbidden", "reason");
  if (state.hiddenReason !== null) return { ok: true };
  const inserted = await tx
    .insert(moderationReports)
    .values({
      orgId: scope.orgId,
      contentKind: target.kind.kind,
      contentId: target.contentId,
      reporterId: scope.userId,
      reason: target.reason,
    })
    .onConflictDoNothing()
    .returning({ id: moderationReports.id });
  if (inserted.length > 0) await audit(tx, scope, target, "report");
  return { ok: true };
}

export interface QueueItem {
  contentKind: string;
  contentId: string;
  reports: number;
  /** The reasons given, newest first; who gave them is not shown. */
  reasons: string[];
  firstAt: Date;
}

/** When content is deleted: its reports go with it (none would be left to act on). */
export async function forgetReports(tx: Tx, orgId: string, kind: ModeratedKind, contentIds: readonly string[]) {
  if (!contentIds.length) return;
  await tx
    .delete(moderationReports)
    .where(
      ofOrg(
        moderationReports,
        orgId,
        { contentKind: kind.kind },
        inArray(moderationReports.contentId, [...contentIds]),
      ),
    );
}

/** The open reports of these kinds, per content, the longest waiting first. */
export async function moderationQueue(tx: Tx, scope: ViewerScope, kinds: readonly string[]): Promise<QueueItem[]> {
  const rows = await tx
    .select({
      contentKind: moderationReports.contentKind,
      contentId: moderationReports.contentId,
      reports: sql<number>`count(*)::int`,
      reasons: sql<
        string[]
      >`array_agg(${moderationReports.reason} order by ${moderationReports.createdAt} desc, ${moderationReports.id} desc)`,
      firstAt: sql<Date>`min(${moderationReports.createdAt})`.mapWith((value: string | Date) => new Date(value)),
    })
    .from(moderationReports)
    .where(
      and(
        eq(moderationReports.orgId, scope.orgId),
        isNull(moderationReports.resolvedAt),
        sql`${moderationReports.contentKind} = any(${sql.param([...kinds])}::text[])`,
      ),
    )
    .groupBy(moderationReports.contentKind, moderationReports.contentId)
    .orderBy(sql`min(${moderationReports.createdAt})`, moderationReports.contentKind, moderationReports.contentId);
  return rows;
}

/** For a person's data export: the reports they made. */
export function reportsBy(tx: Tx, orgId: string, userId: string) {
  return tx
    .select({
      contentKind: moderationReports.contentKind,
      contentId: moderationReports.contentId,
      reason: moderationReports.reason,
      createdAt: moderationReports.createdAt,
      resolution: moderationReports.resolution,
    })
    .from(moderationReports)
    .where(ofOrg(moderationReports, orgId, { reporterId: userId }))
    .orderBy(asc(moderationReports.createdAt), asc(moderationReports.id));
}
