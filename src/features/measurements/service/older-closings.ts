/**
 * Measurements closed before the storage rule of domain/linkage.ts kept every response's class,
 * so the one parent of a class who responded could be linked to the class's one response by
 * anyone with the database (docs/measurement-anonymity.md, section 5). This job applies the rule
 * to them afterwards, each in its organisation's own transaction, as closing does today: the
 * responses are written again in a random order with fresh ids, the tallies counted again, the
 * old row versions vacuumed. What staff see does not change (those cells were shown as "too
 * few" already). Running it again finds nothing to do.
 */
import { sql } from "drizzle-orm";
import { rowsOf, withOrg, type Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementResponses, measurements } from "../../../db/schema/index.js";
import type { Deps } from "../../../web/env.js";
import { unlinkSmallCells, type StoredResponse } from "../domain/linkage.js";
import type { RespondentGroup } from "../domain/instrument.js";
import { vacuumJob } from "../jobs.js";
import type { Ballot } from "./answering.js";
import { insertResponses, recordResults, shuffle } from "./close.js";

type Tree = Record<string, { id: string; unlinked?: number }[]>;

/** Applies the rule to every measurement still without it; returns how many had responses rewritten. */
export async function applyLinkageRuleToOlderClosings(deps: Pick<Deps, "db" | "jobs">): Promise<number> {
  const pending = rowsOf<{ org_id: string; id: string }>(
    await deps.db.execute(sql`select org_id, id from measurements_before_linkage_rule()`),
  );
  let rewritten = 0;
  for (const { org_id: orgId, id } of pending) {
    if (await applyTo(deps, orgId, id)) rewritten++;
  }
  return rewritten;
}

async function applyTo(deps: Pick<Deps, "db" | "jobs">, orgId: string, measurementId: string): Promise<boolean> {
  return withOrg(deps.db, { orgId, userId: null }, async (tx) => {
    const which = ofOrg(measurements, orgId, { id: measurementId });
    const [measurement] = await tx.select().from(measurements).where(which).for("update");
    if (!measurement || measurement.linkageRuleApplied) return false;
    const stored = await responsesOf(tx, orgId, measurementId);
    const { responses, unlinked } = unlinkSmallCells(stored, measurement.threshold);
    const changed = responses.some((r, i) => r.subgroupId !== stored[i]!.subgroupId || emptied(stored[i]!, r));
    if (changed) {
      await tx.delete(measurementResponses).where(ofOrg(measurementResponses, orgId, { measurementId }));
      await insertResponses(tx, orgId, measurementId, shuffle(responses));
    }
    const subgroupTree = withUnlinked(measurement.subgroupTree ?? {}, unlinked);
    const [updated] = await tx
      .update(measurements)
      .set({ linkageRuleApplied: true, subgroupTree })
      .where(which)
      .returning();
    if (!changed) return false;
    await recordResults(tx, updated!);
    await deps.jobs.send(tx, vacuumJob, { orgId, measurementId });
    return true;
  });
}

/** As closing wrote them (from ballots), so of the ballots' shape. */
async function responsesOf(tx: Tx, orgId: string, measurementId: string): Promise<Ballot[]> {
  const rows = await tx
    .select({
      group: measurementResponses.respondentGroup,
      subgroupId: measurementResponses.subgroupId,
      answers: measurementResponses.answers,
      open: measurementResponses.openAnswers,
    })
    .from(measurementResponses)
    .where(ofOrg(measurementResponses, orgId, { measurementId }));
  return rows.map((r) => ({ ...r, answers: (r.answers ?? {}) as Ballot["answers"], open: r.open ?? {} }));
}

const emptied = (before: StoredResponse, after: StoredResponse) =>
  Object.keys(before.answers).length + Object.keys(before.open).length > 0 &&
  Object.keys(after.answers).length + Object.keys(after.open).length === 0;

/** The tree with the classes that lost their responses now counted as unlinked there. */
function withUnlinked(tree: Tree, unlinked: Map<RespondentGroup, Map<string, number>>): Tree {
  return Object.fromEntries(
    Object.entries(tree).map(([group, classes]) => [
      group,
      classes.map((cell) => {
        const more = unlinked.get(group as RespondentGroup)?.get(cell.id) ?? 0;
        return more ? { ...cell, unlinked: (cell.unlinked ?? 0) + more } : cell;
      }),
    ]),
  );
}
