/**
 * What the plan reads and does on the board (through index.ts): the ideas an action may take up,
 * and marking them taken up. The board in turn shows which action took an idea up through the
 * extension point `ideaUptake`: the plan uses the board, so the board cannot ask the plan itself.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import { ideas } from "../../../db/schema/index.js";
import { contributionsTo, extensionPoint } from "../../../web/extension.js";
import type { MessageKey } from "../../../web/i18n/index.js";
import type { DomainId } from "../../measurements/index.js";
import type { IdeaStatus } from "../schemas.js";
import { auditIdea } from "./audit.js";

export interface PlanIdea {
  id: string;
  body: string;
  domain: DomainId;
  status: IdeaStatus;
}

/** The ideas of a trajectory's board that everyone sees (not hidden, not merged), oldest first. */
export async function ideasForPlan(tx: Tx, orgId: string, trajectoryId: string): Promise<PlanIdea[]> {
  const rows = await tx
    .select({ id: ideas.id, body: ideas.body, domain: ideas.domain, status: ideas.status })
    .from(ideas)
    .where(ofOrg(ideas, orgId, { trajectoryId }, isNull(ideas.hiddenAt), isNull(ideas.mergedInto)))
    .orderBy(asc(ideas.createdAt), asc(ideas.id));
  return rows.map((row) => ({ ...row, domain: row.domain as DomainId }));
}

/** Ideas an action took up: those still new become "taken up" (audited as a moderator's status change is). */
export async function takeUpIdeas(tx: Tx, scope: ViewerScope, ideaIds: readonly string[]): Promise<void> {
  if (!ideaIds.length) return;
  const changed = await tx
    .update(ideas)
    .set({ status: "takenUp", statusBy: scope.userId })
    .where(and(eq(ideas.orgId, scope.orgId), inArray(ideas.id, [...ideaIds]), eq(ideas.status, "new")))
    .returning({ id: ideas.id });
  for (const { id } of changed) await auditIdea(tx, scope, "update", id, "status:takenUp");
}

/** An action that took an idea up, as the board shows it under the idea. */
export interface Uptake {
  ideaId: string;
  action: string;
  /** What became of the action, as a key of the contributing feature's catalog. */
  statusKey: MessageKey;
}

export type UptakeSource = (tx: Tx, orgId: string, ideaIds: readonly string[]) => Promise<Uptake[]>;
export const ideaUptake = extensionPoint<UptakeSource>("ideas.uptake");

/** Every contributed uptake of these ideas, by idea. */
export async function uptakeOf(tx: Tx, orgId: string, ideaIds: readonly string[]): Promise<Map<string, Uptake[]>> {
  const byIdea = new Map<string, Uptake[]>();
  if (!ideaIds.length) return byIdea;
  for (const source of contributionsTo(ideaUptake))
    for (const uptake of await source(tx, orgId, ideaIds))
      byIdea.set(uptake.ideaId, [...(byIdea.get(uptake.ideaId) ?? []), uptake]);
  return byIdea;
}
