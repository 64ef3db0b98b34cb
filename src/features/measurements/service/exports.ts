/**
 * What the exports read besides the results: the title page's facts, and
 * the anonymous responses for the response-level export. Those are read in
 * batches, each in a short transaction of its own, so a slow download
 * neither holds a connection nor (on the embedded database, which has only
 * one) blocks the app. Responses are written once, at closing, so the
 * batches see one state.
 */
import { and, asc, between, count, eq, inArray, type SQL } from "drizzle-orm";
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
  for (const range of await batchRanges(scope, ofExport, size)) {
    yield await inOrg(scope, (tx) =>
      tx
        .select({ group: measurementResponses.respondentGroup, answers: measurementResponses.answers })
        .from(measurementResponses)
        .where(and(ofExport, between(measurementResponses.id, range.first, range.last)))
        .orderBy(asc(measurementResponses.id)),
    );
  }
}

/**
 * The first and last id of each batch, in id order (random, as the ids
 * are). A batch is then a range of the primary key (org_id, id), which the
 * planner uses even without statistics (PGlite never has them). Paging by
 * "id > last … limit" or by a list of ids made it sort or scan the whole
 * measurement for every batch instead.
 */
async function batchRanges(scope: Scope, where: SQL | undefined, size: number) {
  const ids = await inOrg(scope, (tx) =>
    tx
      .select({ id: measurementResponses.id })
      .from(measurementResponses)
      .where(where)
      .orderBy(asc(measurementResponses.id)),
  );
  const ranges: { first: string; last: string }[] = [];
  for (let from = 0; from < ids.length; from += size) {
    ranges.push({ first: ids[from]!.id, last: ids[Math.min(from + size, ids.length) - 1]!.id });
  }
  return ranges;
}
