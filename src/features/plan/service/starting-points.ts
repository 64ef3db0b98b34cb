/**
 * What the plan starts from: the trajectory's nulmeting (its first linked baseline), the
 * priorities it suggests with their figures, and the team's capacity for change it measured,
 * all read through the measurements and trajectory features' index.ts.
 */
import type { Tx } from "../../../db/client.js";
import { measurementPriorities, type MeasurementSummary, type PriorityGap } from "../../measurements/index.js";
import { linkedMeasurements, nulmetingCapacity, type NulmetingCapacity } from "../../trajectory/index.js";

export interface StartingPoints {
  nulmeting: MeasurementSummary | null;
  priorities: PriorityGap[];
  capacity: NulmetingCapacity | null;
}

/** The trajectory's nulmeting: its first linked baseline, or null. */
export function nulmetingOf(linked: readonly MeasurementSummary[]): MeasurementSummary | null {
  return linked.find((m) => m.kind === "baseline") ?? null;
}

export async function startingPoints(tx: Tx, orgId: string, trajectoryId: string): Promise<StartingPoints> {
  const linked = await linkedMeasurements(tx, orgId, trajectoryId);
  const nulmeting = nulmetingOf(linked);
  if (!nulmeting) return { nulmeting, priorities: [], capacity: null };
  return {
    nulmeting,
    priorities: await measurementPriorities(tx, orgId, nulmeting.id),
    capacity: await nulmetingCapacity(tx, orgId, linked),
  };
}
