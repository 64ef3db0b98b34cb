/**
 * The results of a closed measurement, scored by the domain (results.ts) from
 * the tallies counted at closing (tallies.ts), so the cost of a page follows
 * the size of the school and not of the platform. Hidden cells come without
 * figures, so nothing below the threshold can reach a page. Results exist
 * only after closing: figures that change with every response would reveal
 * that response.
 */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementAudiences, measurements } from "../../../db/schema/index.js";
import { groupNames } from "../../pupils/index.js";
import { NotFoundError } from "../../../web/errors.js";
import type { RespondentGroup } from "../domain/instrument.js";
import { suggestPriorities, type Priorities } from "../domain/priorities.js";
import { resultsFromTallies, type MeasurementResults } from "../domain/results.js";
import { instrumentByVersion } from "../instrument/index.js";
import { readBenchmark, type BenchmarkFigures } from "./benchmark.js";
import { loadExtraItems } from "./extra-items.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { groupTallies, readTallies, writeTallies } from "./tallies.js";
import { teamTooSmall } from "./small-team.js";
import { isOverfull } from "./overfull.js";
import { audienceRates, type AudienceRate } from "./queries.js";

export interface ResultsView {
  title: string;
  kind: "baseline" | "interim" | "final" | "poll";
  results: MeasurementResults;
  priorities: Priorities;
  /** Class names by group id, for the split per class. */
  groupNames: ReadonlyMap<string, string>;
  /** Every respondent group that was asked, also those without any response. */
  asked: RespondentGroup[];
  /** The whole team was asked and is smaller than the threshold: it never has figures. */
  teamTooSmall: boolean;
  /** Organisations of the same type, per group and domain, where at least five contribute. */
  benchmark: BenchmarkFigures[];
  /** Classes with more responses than people: their figures cannot be trusted. */
  overfull: AudienceRate[];
}

type MeasurementRow = typeof measurements.$inferSelect;

/** The scored results of a closed measurement; counts its tallies first if it was closed before tallies existed. */
export async function scoreMeasurement(tx: Tx, measurement: MeasurementRow): Promise<MeasurementResults> {
  const { orgId, id } = measurement;
  const instrument = instrumentByVersion(measurement.instrumentVersion);
  let tallies = await readTallies(tx, orgId, id, instrument);
  if (!tallies) {
    await writeTallies(tx, orgId, id, instrument);
    tallies = (await readTallies(tx, orgId, id, instrument)) ?? new Map();
  }
  return resultsFromTallies({
    instrument,
    extras: await loadExtraItems(tx, orgId, id),
    threshold: measurement.threshold,
    groups: groupTallies(tallies, measurement.subgroupTree ?? {}),
  });
}

/** The measurement once it is closed; null while it is open (its answers exist only after closing). */
export async function closedMeasurement(tx: Tx, orgId: string, id: string) {
  const [measurement] = await tx
    .select()
    .from(measurements)
    .where(ofOrg(measurements, orgId, { id }));
  if (!measurement) throw new NotFoundError("measurement");
  return measurement.status === "closed" ? measurement : null;
}

/** Null while the measurement is still open. */
export function loadResults(scope: OrgScope, measurementId: string): Promise<ResultsView | null> {
  return inOrg(scope, async (tx) => {
    const measurement = await closedMeasurement(tx, scope.orgId, measurementId);
    if (!measurement) return null;
    const results = await scoreMeasurement(tx, measurement);
    const asked = await tx
      .selectDistinct({ group: measurementAudiences.respondentGroup })
      .from(measurementAudiences)
      .where(ofOrg(measurementAudiences, scope.orgId, { measurementId }));
    const ids = Object.values(measurement.subgroupTree ?? {}).flatMap((cells) => cells.map((cell) => cell.id));
    const names = await groupNames(tx, scope.orgId, ids);
    return {
      title: measurement.title,
      kind: measurement.kind,
      results,
      priorities: suggestPriorities(results),
      groupNames: new Map(names.map((n) => [n.id, n.name])),
      asked: asked.map((a) => a.group),
      teamTooSmall: await teamTooSmall(tx, scope.orgId, measurementId, measurement.threshold),
      benchmark: measurement.kind === "poll" ? [] : await readBenchmark(tx, scope.orgId),
      overfull: (await audienceRates(tx, scope.orgId, measurementId, true)).filter(isOverfull),
    };
  });
}
