/**
 * What the trajectory, the plan and certification read of measurements (through index.ts): the
 * organisation's measurements in brief, the team's capacity for change as the nulmeting measured
 * it, the priorities a closed measurement suggests as the plan's starting points, and the team's
 * and parents' means per domain. The capacity comes
 * from the team's whole-group cell only, so below the anonymity threshold there is no figure.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurements } from "../../../db/schema/index.js";
import type { HiddenReason } from "../domain/anonymity.js";
import type { ChangeAspect, DomainId } from "../domain/instrument.js";
import type { Cell } from "../domain/results.js";
import { suggestPriorities, type Gap } from "../domain/priorities.js";
import type { SeriesSummary } from "../domain/scoring.js";
import { summary, type MeasurementSummary } from "./queries.js";
import { scoreMeasurement } from "./results.js";
import { teamTooSmall } from "./small-team.js";

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

async function closedMeasurement(tx: Tx, orgId: string, measurementId: string) {
  const [measurement] = await tx
    .select()
    .from(measurements)
    .where(ofOrg(measurements, orgId, { id: measurementId }));
  return measurement?.status === "closed" ? measurement : null;
}

/**
 * The domains with the largest gap between how it is and how it should be, per respondent group,
 * largest first, with their figures; none while the measurement is open. Only figures that pass
 * the anonymity threshold count (suggestPriorities).
 */
export async function measurementPriorities(tx: Tx, orgId: string, measurementId: string): Promise<Gap[]> {
  const measurement = await closedMeasurement(tx, orgId, measurementId);
  return measurement ? suggestPriorities(await scoreMeasurement(tx, measurement)).domains : [];
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
  const measurement = await closedMeasurement(tx, orgId, measurementId);
  if (!measurement) return { shown: false, reason: "notClosed" };
  const team = (await scoreMeasurement(tx, measurement)).groups.team;
  if (!team) return { shown: false, reason: "notAsked" };
  if (!team.visible) return { shown: false, reason: team.reason };
  const capacity = team.score.changeCapacity;
  if (!capacity) return { shown: false, reason: "notAsked" };
  return { shown: true, respondents: team.respondents, ...capacity };
}

/** A respondent group's current mean per domain in one measurement, or why there is none. */
export type GroupDomainMeans =
  | { shown: false; reason: "notAsked" | HiddenReason; respondents: number }
  | { shown: true; respondents: number; means: Partial<Record<DomainId, number | null>> };

export interface DomainMeans {
  measurementId: string;
  /** The anonymity threshold the measurement was closed with. */
  threshold: number;
  team: GroupDomainMeans;
  parents: GroupDomainMeans;
  /** The whole team was asked and is smaller than the threshold: it can never have figures. */
  teamTooSmall: boolean;
}

function groupMeans(cell: Cell | undefined): GroupDomainMeans {
  if (!cell) return { shown: false, reason: "notAsked", respondents: 0 };
  if (!cell.visible) return { shown: false, reason: cell.reason, respondents: cell.respondents };
  const means = Object.fromEntries(cell.score.domains.map((d) => [d.domain, d.current.mean]));
  return { shown: true, respondents: cell.respondents, means };
}

/**
 * The team's and the parents' current mean per domain in a closed measurement (null while it is
 * not closed), from the whole group's cell only: below the anonymity threshold there are no
 * figures, only the count. Certification reads its readiness from these.
 */
export async function domainMeans(tx: Tx, orgId: string, measurementId: string): Promise<DomainMeans | null> {
  const [measurement] = await tx
    .select()
    .from(measurements)
    .where(ofOrg(measurements, orgId, { id: measurementId }));
  if (!measurement || measurement.status !== "closed") return null;
  const { groups, threshold } = await scoreMeasurement(tx, measurement);
  return {
    measurementId,
    threshold,
    team: groupMeans(groups.team),
    parents: groupMeans(groups.parents),
    teamTooSmall: await teamTooSmall(tx, orgId, measurementId, threshold),
  };
}
