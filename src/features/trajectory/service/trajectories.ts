/**
 * Starting and ending a trajectory. One is active per organisation (the partial unique index
 * trajectories_active_key); a second start, also one racing the first, is refused. A new
 * trajectory gets the template's sessions, each read in its reader's language until someone edits it.
 */
import { and, asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { recordAuditBy } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { memberships, trajectories, trajectorySessions, users } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import type { Translate } from "../../../web/i18n/index.js";
import { isUniqueViolation } from "../../../web/input-error.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { templateSessions } from "../domain/template.js";

export type TrajectoryRow = typeof trajectories.$inferSelect;

export async function activeTrajectory(tx: Tx, orgId: string): Promise<TrajectoryRow | null> {
  const [row] = await tx
    .select()
    .from(trajectories)
    .where(and(eq(trajectories.orgId, orgId), isNull(trajectories.endedAt)));
  return row ?? null;
}

/**
 * The active trajectory for a command, locked until the command's transaction ends: commands on
 * one trajectory run one after another, so a form pressed twice finds what the first press did
 * (a skip, a link, the end) instead of racing it to a unique key. A form posted after it ended
 * finds nothing (404).
 */
export async function requireActive(tx: Tx, orgId: string): Promise<TrajectoryRow> {
  const row = await lockedActive(tx, orgId);
  if (!row) throw new NotFoundError("trajectory");
  return row;
}

async function lockedActive(tx: Tx, orgId: string): Promise<TrajectoryRow | null> {
  const [row] = await tx
    .select()
    .from(trajectories)
    .where(and(eq(trajectories.orgId, orgId), isNull(trajectories.endedAt)))
    .for("update");
  return row ?? null;
}

/** Ended trajectories, newest first: the organisation's history. */
export function endedTrajectories(tx: Tx, orgId: string) {
  return tx
    .select({ id: trajectories.id, startedAt: trajectories.startedAt, endedAt: trajectories.endedAt })
    .from(trajectories)
    .where(and(eq(trajectories.orgId, orgId), isNotNull(trajectories.endedAt)))
    .orderBy(desc(trajectories.startedAt), desc(trajectories.id));
}

/** The organisation's advisors, who may guide its trajectory. */
export function advisorsOf(tx: Tx, orgId: string): Promise<{ id: string; name: string }[]> {
  return tx
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(ofOrg(memberships, orgId, { role: "advisor" }))
    .orderBy(asc(users.name));
}

/** A new trajectory's sessions, from the template: topic and goals in `t`'s words, read in each reader's (sessionWords). */
export function templateSessionRows(orgId: string, trajectoryId: string, t: Translate) {
  return templateSessions.map(({ line, key }, position) => ({
    orgId,
    trajectoryId,
    line,
    position,
    templateKey: key,
    topic: t(`trajectory.template.${key}.topic`),
    goals: t(`trajectory.template.${key}.goals`),
  }));
}

type StartRefusal = Refused<"alreadyActive" | "notAdvisor">;

export async function startTrajectory(
  scope: ViewerScope & { advisorId: string | null; t: Translate },
): Promise<Outcome<{ id: string }, StartRefusal>> {
  const alreadyActive = refuse("alreadyActive", "trajectory.refusal.alreadyActive", "conflict");
  try {
    return await inOrg(scope, async (tx): Promise<Outcome<{ id: string }, StartRefusal>> => {
      if (await activeTrajectory(tx, scope.orgId)) return alreadyActive;
      const advisors = await advisorsOf(tx, scope.orgId);
      if (scope.advisorId && !advisors.some((a) => a.id === scope.advisorId))
        return refuse("notAdvisor", "trajectory.refusal.notAdvisor", "invalid", "advisorId");
      const [made] = await tx
        .insert(trajectories)
        .values({ orgId: scope.orgId, startedBy: scope.userId, advisorId: scope.advisorId })
        .returning({ id: trajectories.id });
      const id = made!.id;
      await tx.insert(trajectorySessions).values(templateSessionRows(scope.orgId, id, scope.t));
      await recordAuditBy(tx, scope, { action: "create", entity: "trajectory", entityId: id });
      return { ok: true, id };
    });
  } catch (error) {
    // Two starts at once: the index lets one through; the other is told, not shown an error page.
    if (isUniqueViolation(error, "trajectories_active_key")) return alreadyActive;
    throw error;
  }
}

/** Ends the active trajectory (named, so a stale form ends nothing else); it stays as history, and a new one may start. */
export function endTrajectory(scope: ViewerScope & { trajectoryId: string }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const active = await lockedActive(tx, scope.orgId);
    if (!active || active.id !== scope.trajectoryId) {
      // Ended already (the button pressed twice): done, as the first press left it.
      if (await isEnded(tx, scope.orgId, scope.trajectoryId)) return;
      throw new NotFoundError("trajectory");
    }
    await tx
      .update(trajectories)
      .set({ endedAt: new Date(), endedBy: scope.userId })
      .where(ofOrg(trajectories, scope.orgId, { id: active.id }));
    await recordAuditBy(tx, scope, { action: "close", entity: "trajectory", entityId: active.id });
  });
}

async function isEnded(tx: Tx, orgId: string, trajectoryId: string): Promise<boolean> {
  const [row] = await tx
    .select({ endedAt: trajectories.endedAt })
    .from(trajectories)
    .where(ofOrg(trajectories, orgId, { id: trajectoryId }));
  return Boolean(row?.endedAt);
}
