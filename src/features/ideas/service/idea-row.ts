/** One idea of the active board, locked for the command that changes it or what hangs off it. */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { ideas } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Refused } from "../../../web/outcome.js";
import { boardOf } from "./board-of.js";

export type IdeaRow = typeof ideas.$inferSelect;

/**
 * `share` keeps a merge or a hide from passing a support or reaction half-way (it waits, then
 * sees the idea as it became); `update` is for the moderation that changes the row itself.
 */
export async function lockedIdea(tx: Tx, orgId: string, ideaId: string, mode: "share" | "update"): Promise<IdeaRow> {
  const { trajectoryId } = await boardOf(tx, orgId);
  const [row] = await tx
    .select()
    .from(ideas)
    .where(ofOrg(ideas, orgId, { trajectoryId, id: ideaId }))
    .for(mode);
  if (!row) throw new NotFoundError("idea");
  return row;
}

export type ClosedRefusal = Refused<"hidden" | "merged">;

/** A hidden or merged idea takes no new support or reaction. */
export function closedFor(row: IdeaRow): ClosedRefusal | null {
  if (row.hiddenAt) return refuse("hidden", "ideas.refusal.hidden", "conflict");
  if (row.mergedInto) return refuse("merged", "ideas.refusal.merged", "conflict");
  return null;
}
