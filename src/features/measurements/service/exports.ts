/**
 * What the exports read besides the results: the title page's facts, and
 * the anonymous responses for the response-level export. Those are read in
 * batches, each in a short transaction of its own, so a slow download
 * neither holds a connection nor (on the embedded database, which has only
 * one) blocks the app. Responses are written once, at closing, so the
 * batches see one state.
 */
import { and, asc, count, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { rowsOf } from "../../../db/client.js";
import { measurementResponses, measurements, organisations } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { disclosure } from "../domain/anonymity.js";
import { respondentGroups, type ExtraItem, type RespondentGroup } from "../domain/instrument.js";
import type { ItemAnswer } from "../domain/tally.js";
import { loadExtraItems } from "./extra-items.js";
import { inOrg, type Scope } from "./scope.js";

export interface ReportFacts {
  organisation: string;
  opensAt: Date;
  closesAt: Date;
  /** The school's own items, for their texts. */
  extras: ExtraItem[];
}

export function reportFacts(scope: Scope, measurementId: string): Promise<ReportFacts> {
  return inOrg(scope, async (tx) => {
    const [facts] = await tx
      .select({ organisation: organisations.name, opensAt: measurements.opensAt, closesAt: measurements.closesAt })
      .from(measurements)
      .innerJoin(organisations, eq(organisations.id, measurements.orgId))
      .where(and(eq(measurements.orgId, scope.orgId), eq(measurements.id, measurementId)));
    if (!facts) throw new NotFoundError("measurement");
    return { ...facts, extras: await loadExtraItems(tx, scope.orgId, measurementId) };
  });
}

export interface ResponseExport {
  title: string;
  instrumentVersion: number;
  /** Only whole groups that the thermometer shows too (at least the threshold). */
  groups: RespondentGroup[];
  extras: ExtraItem[];
}

/** Null while the measurement is open: like the results, the answers exist only after closing. */
export function prepareResponseExport(scope: Scope, measurementId: string): Promise<ResponseExport | null> {
  return inOrg(scope, async (tx) => {
    const [measurement] = await tx
      .select()
      .from(measurements)
      .where(and(eq(measurements.orgId, scope.orgId), eq(measurements.id, measurementId)));
    if (!measurement) throw new NotFoundError("measurement");
    if (measurement.status !== "closed") return null;
    const counts = await tx
      .select({ group: measurementResponses.respondentGroup, n: count() })
      .from(measurementResponses)
      .where(and(eq(measurementResponses.orgId, scope.orgId), eq(measurementResponses.measurementId, measurementId)))
      .groupBy(measurementResponses.respondentGroup);
    const shown = (group: RespondentGroup) => {
      const respondents = counts.find((c) => c.group === group)?.n ?? 0;
      return disclosure({ id: group, respondents }, measurement.threshold).get(group)?.visible === true;
    };
    return {
      title: measurement.title,
      instrumentVersion: measurement.instrumentVersion,
      groups: respondentGroups.filter(shown),
      extras: await loadExtraItems(tx, scope.orgId, measurementId),
    };
  });
}

export interface ExportedResponse {
  group: RespondentGroup;
  answers: Readonly<Record<string, ItemAnswer>>;
}

export const RESPONSE_BATCH = 1000;

/** The responses of the given groups, a batch at a time; never the open answers or the class. */
export async function* responseBatches(
  scope: Scope,
  measurementId: string,
  groups: readonly RespondentGroup[],
  size = RESPONSE_BATCH,
): AsyncGenerator<ExportedResponse[]> {
  if (groups.length === 0) return;
  const ofExport = and(
    eq(measurementResponses.orgId, scope.orgId),
    eq(measurementResponses.measurementId, measurementId),
    inArray(measurementResponses.respondentGroup, [...groups]),
  );
  const starts = await batchStarts(scope, ofExport, size);
  for (const [index, first] of starts.entries()) {
    const next = starts[index + 1];
    yield await inOrg(scope, (tx) =>
      tx
        .select({ group: measurementResponses.respondentGroup, answers: measurementResponses.answers })
        .from(measurementResponses)
        .where(
          and(
            ofExport,
            gte(measurementResponses.id, first),
            next === undefined ? undefined : lt(measurementResponses.id, next),
          ),
        )
        .orderBy(asc(measurementResponses.id)),
    );
  }
}

/**
 * The first id of each batch, in id order (random, as the ids are): only these
 * are brought into memory, never every id of the export. A batch is then a range
 * of the primary key (org_id, id), which the planner uses even without
 * statistics (PGlite never has them). Paging by "id > last … limit" or by a list
 * of ids made it sort or scan the whole measurement for every batch instead.
 */
async function batchStarts(scope: Scope, where: SQL | undefined, size: number): Promise<string[]> {
  const result = await inOrg(scope, (tx) =>
    tx.execute(sql`
      select id from (
        select ${measurementResponses.id} as id, row_number() over (order by ${measurementResponses.id}) as n
        from ${measurementResponses} where ${where}) numbered
      where (n - 1) % ${size} = 0
      order by id`),
  );
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}
