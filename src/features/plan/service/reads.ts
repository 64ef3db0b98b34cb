/**
 * What the plan's pages show: staff see the plan as it is now, with its starting points, the ideas
 * it may take up and its progress; parents see the published version only. The history lists
 * every version, and any two compare.
 */
import { desc, eq, isNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { planResponses, planVersions, users } from "../../../db/schema/index.js";
import { schoolToday } from "../../../lib/time/school-date.js";
import { NotFoundError } from "../../../web/errors.js";
import { ideasForPlan, type PlanIdea } from "../../ideas/index.js";
import { emptySnapshot, type PlanSnapshot } from "../domain/snapshot.js";
import { activePlan, type PlanRow } from "./plan-row.js";
import { readSnapshot } from "./snapshot.js";
import { startingPoints, type StartingPoints } from "./starting-points.js";
import type { ChangeKind } from "./versions.js";

export interface Publication {
  version: number;
  publishedAt: Date;
  firstPublishedAt: Date;
}

export interface StaffPlan {
  plan: PlanSnapshot;
  version: number;
  published: Publication | null;
  startingPoints: StartingPoints;
  ideas: PlanIdea[];
  openResponses: number;
  today: string;
}

export function publicationOf(plan: PlanRow | null): Publication | null {
  if (!plan?.publishedVersion || !plan.publishedAt || !plan.firstPublishedAt) return null;
  return { version: plan.publishedVersion, publishedAt: plan.publishedAt, firstPublishedAt: plan.firstPublishedAt };
}

/** The plan as it is now, for staff; null without an active trajectory. */
export function staffPlan(scope: OrgScope, now: Date = new Date()): Promise<StaffPlan | null> {
  return inOrg(scope, async (tx) => {
    const active = await activePlan(tx, scope.orgId);
    if (!active) return null;
    const { trajectory, plan } = active;
    const open = plan
      ? await tx
          .select({ id: planResponses.id })
          .from(planResponses)
          .where(ofOrg(planResponses, scope.orgId, { planId: plan.id }, isNull(planResponses.answer)))
          .then((rows) => rows.length)
      : 0;
    return {
      plan: plan ? await readSnapshot(tx, scope.orgId, plan.id) : emptySnapshot,
      version: plan?.version ?? 0,
      published: publicationOf(plan),
      startingPoints: await startingPoints(tx, scope.orgId, trajectory.id),
      ideas: await ideasForPlan(tx, scope.orgId, trajectory.id),
      openResponses: open,
      today: schoolToday(now),
    };
  });
}

export async function versionSnapshot(tx: Tx, plan: PlanRow, version: number): Promise<PlanSnapshot | null> {
  const [row] = await tx
    .select({ snapshot: planVersions.snapshot })
    .from(planVersions)
    .where(ofOrg(planVersions, plan.orgId, { planId: plan.id, version }));
  return row ? (row.snapshot as PlanSnapshot) : null;
}

/** The version parents see, with the ideas its actions took up; null when nothing is published. */
export async function publishedSnapshot(
  tx: Tx,
  orgId: string,
): Promise<{ plan: PlanRow; snapshot: PlanSnapshot; publication: Publication } | null> {
  const active = await activePlan(tx, orgId);
  const publication = publicationOf(active?.plan ?? null);
  if (!active?.plan || !publication) return null;
  const snapshot = await versionSnapshot(tx, active.plan, publication.version);
  return snapshot ? { plan: active.plan, snapshot, publication } : null;
}

export interface HistoryEntry {
  version: number;
  changedAt: Date;
  changedBy: string | null;
  change: ChangeKind;
  subject: string;
}

/** Every version, newest first, and which one parents see. */
export function planHistory(scope: OrgScope): Promise<{ entries: HistoryEntry[]; publishedVersion: number | null }> {
  return inOrg(scope, async (tx) => {
    const active = await activePlan(tx, scope.orgId);
    if (!active?.plan) return { entries: [], publishedVersion: null };
    const rows = await tx
      .select({
        version: planVersions.version,
        changedAt: planVersions.changedAt,
        changedBy: users.name,
        change: planVersions.change,
        subject: planVersions.subject,
      })
      .from(planVersions)
      .leftJoin(users, eq(users.id, planVersions.changedBy))
      .where(ofOrg(planVersions, scope.orgId, { planId: active.plan.id }))
      .orderBy(desc(planVersions.version));
    return {
      entries: rows.map((row) => ({ ...row, change: row.change as ChangeKind })),
      publishedVersion: active.plan.publishedVersion,
    };
  });
}

/** Two versions of the active trajectory's plan; 404 for a version that does not exist. */
export function twoVersions(scope: OrgScope & { from: number; to: number }) {
  return inOrg(scope, async (tx) => {
    const active = await activePlan(tx, scope.orgId);
    if (!active?.plan) throw new NotFoundError("plan");
    const from = await versionSnapshot(tx, active.plan, scope.from);
    const to = await versionSnapshot(tx, active.plan, scope.to);
    if (!from || !to) throw new NotFoundError("version");
    return { from, to };
  });
}

/** The shown ideas among these, for the published plan's readers. */
export async function ideasById(tx: Tx, orgId: string, trajectoryId: string, ids: readonly string[]) {
  if (!ids.length) return new Map<string, PlanIdea>();
  const wanted = new Set(ids);
  const shown = (await ideasForPlan(tx, orgId, trajectoryId)).filter((idea) => wanted.has(idea.id));
  return new Map(shown.map((idea) => [idea.id, idea]));
}

export interface ReadablePlan {
  snapshot: PlanSnapshot;
  /** Null for a draft: the plan as it is now differs from what parents see. */
  publishedAt: Date | null;
  ideas: ReadonlyMap<string, PlanIdea>;
  today: string;
}

/**
 * The plan to read, print or download: parents get the published version (null before the first
 * publication); staff the plan as it is now, marked a draft when it differs from the published one.
 */
export function readablePlan(
  scope: OrgScope & { asStaff: boolean },
  now: Date = new Date(),
): Promise<ReadablePlan | null> {
  return inOrg(scope, async (tx) => {
    const active = await activePlan(tx, scope.orgId);
    if (!active) return null;
    const { plan, trajectory } = active;
    const publication = publicationOf(plan);
    // Staff read the plan as it is now: before its first change that is the empty draft.
    const snapshot = scope.asStaff
      ? plan
        ? await readSnapshot(tx, scope.orgId, plan.id)
        : emptySnapshot
      : plan && publication && (await versionSnapshot(tx, plan, publication.version));
    if (!snapshot) return null;
    const current = publication && (!scope.asStaff || publication.version === plan?.version);
    return {
      snapshot,
      publishedAt: current ? publication.publishedAt : null,
      ideas: await ideasById(
        tx,
        scope.orgId,
        trajectory.id,
        snapshot.actions.flatMap((a) => a.ideaIds),
      ),
      today: schoolToday(now),
    };
  });
}
