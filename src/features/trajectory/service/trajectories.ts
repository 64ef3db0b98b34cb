/**
 * The organisation's active trajectory. (Added by the idea board ahead of the trajectory's own
 * pages, which bring starting and ending; the same function as theirs.)
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { trajectories } from "../../../db/schema/index.js";

export type TrajectoryRow = typeof trajectories.$inferSelect;

export async function activeTrajectory(tx: Tx, orgId: string): Promise<TrajectoryRow | null> {
  const [row] = await tx
    .select()
    .from(trajectories)
    .where(and(eq(trajectories.orgId, orgId), isNull(trajectories.endedAt)));
  return row ?? null;
}
