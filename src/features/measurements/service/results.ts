/**
 * The results of a closed measurement, scored by the domain (results.ts):
 * hidden cells come without figures, so nothing below the threshold can
 * reach a page. Results exist only after closing: figures that change with
 * every response would reveal that response.
 */
import { and, eq, inArray } from "drizzle-orm";
import { groups, measurementAudiences, measurementResponses, measurements } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import type { RespondentGroup } from "../domain/instrument.js";
import { suggestPriorities, type Priorities } from "../domain/priorities.js";
import { measurementResults, type MeasurementResults } from "../domain/results.js";
import { instrumentByVersion } from "../instrument/index.js";
import { inOrg, type Scope } from "./scope.js";

export interface ResultsView {
  title: string;
  kind: "baseline" | "interim" | "final" | "poll";
  results: MeasurementResults;
  priorities: Priorities;
  /** Class names by group id, for the split per class. */
  groupNames: ReadonlyMap<string, string>;
  /** Every respondent group that was asked, also those without any response. */
  asked: RespondentGroup[];
}

/** Null while the measurement is still open. */
export function loadResults(scope: Scope, measurementId: string): Promise<ResultsView | null> {
  return inOrg(scope, async (tx) => {
    const [measurement] = await tx
      .select()
      .from(measurements)
      .where(and(eq(measurements.orgId, scope.orgId), eq(measurements.id, measurementId)));
    if (!measurement) throw new NotFoundError("measurement");
    if (measurement.status !== "closed") return null;
    const rows = await tx
      .select()
      .from(measurementResponses)
      .where(and(eq(measurementResponses.orgId, scope.orgId), eq(measurementResponses.measurementId, measurementId)));
    const tree = measurement.subgroupTree ?? {};
    const asked = await tx
      .selectDistinct({ group: measurementAudiences.respondentGroup })
      .from(measurementAudiences)
      .where(and(eq(measurementAudiences.orgId, scope.orgId), eq(measurementAudiences.measurementId, measurementId)));
    const results = measurementResults({
      instrument: instrumentByVersion(measurement.instrumentVersion),
      threshold: measurement.threshold,
      responses: rows.map((row) => ({
        group: row.respondentGroup,
        subgroup: row.subgroupId,
        answers: row.answers,
        openAnswers: row.openAnswers,
      })),
      subgroups: tree as Partial<Record<RespondentGroup, { id: string }[]>>,
    });
    const ids = Object.values(tree).flatMap((cells) => cells.map((cell) => cell.id));
    const names = ids.length
      ? await tx
          .select({ id: groups.id, name: groups.name })
          .from(groups)
          .where(and(eq(groups.orgId, scope.orgId), inArray(groups.id, ids)))
      : [];
    return {
      title: measurement.title,
      kind: measurement.kind,
      results,
      priorities: suggestPriorities(results),
      groupNames: new Map(names.map((n) => [n.id, n.name])),
      asked: asked.map((a) => a.group),
    };
  });
}
