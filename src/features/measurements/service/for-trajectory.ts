/**
 * What the trajectory reads of measurements (through index.ts): the organisation's measurements
 * in brief, and the team's capacity for change as the nulmeting measured it. The capacity comes
 * from the team's whole-group cell only, so below the anonymity threshold there is no figure.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { measurements } from "../../../db/schema/index.js";
import type { HiddenReason } from "../domain/anonymity.js";
import type { ChangeAspect } from "../domain/instrument.js";
import type { SeriesSummary } from "../domain/scoring.js";
import type { MeasurementSummary } from "./queries.js";
import { scoreMeasurement } from "./results.js";

const summary = {
  id: measurements.id,
  title: measurements.title,
  kind: measurements.kind,
  status: measurements.status,
  opensAt: measurements.opensAt,
  closesAt: measurements.closesAt,
};

/** The organisation's measurements, or only those with the given ids, oldest first. */
export function measurementSummaries(tx: Tx, orgId: string, ids?: readonly string[]): Promise<MeasurementSummary[]> {
  if (ids && ids.length === 0) return Promise.resolve([]);
  const only = ids ? inArray(measurements.id, [...ids]) : undefined;
  return tx
    .select(summary)
    .from(measurements)
    .where(and(eq(measurements.orgId, orgId), only))
    .orderBy(asc(measurements.opensAt), asc(measurements.title));
}

export type TeamChangeCapacity =
  | { shown: false; reason: "notClosed" | "notAsked" | HiddenReason }
  | {
      shown: true;
      respondents: number;
      aspects: { aspect: ChangeAspect; summary: SeriesSummary }[];
      overall: SeriesSummary;
    };

/** The team's capacity for change in a measurement, when it is closed and the team's figures may be shown. */
export async function teamChangeCapacity(tx: Tx, orgId: string, measurementId: string): Promise<TeamChangeCapacity> {
  const [measurement] = await tx
    .select()
    .from(measurements)
    .where(and(eq(measurements.orgId, orgId), eq(measurements.id, measurementId)));
  if (!measurement || measurement.status !== "closed") return { shown: false, reason: "notClosed" };
  const team = (await scoreMeasurement(tx, measurement)).groups.team;
  if (!team) return { shown: false, reason: "notAsked" };
  if (!team.visible) return { shown: false, reason: team.reason };
  const capacity = team.score.changeCapacity;
  if (!capacity) return { shown: false, reason: "notAsked" };
  return { shown: true, respondents: team.respondents, ...capacity };
}
