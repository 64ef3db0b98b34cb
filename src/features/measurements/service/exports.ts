/**
 * What the exports read besides the results: the title page's facts, and
 * the anonymous responses for the response-level export. Those are read in
 * batches, each in a short transaction of its own, so a slow download
 * neither holds a connection nor (on the embedded database, which has only
 * one) blocks the app. Responses are written once, at closing, so the
 * batches see one state.
 */
import { and, asc, count, eq, inArray } from "drizzle-orm";
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
  const ids = await responseIds(scope, measurementId, groups);
  for (let from = 0; from < ids.count; from += size) {
    const batch = ids.slice(from, from + size);
    const rows = await inOrg(scope, (tx) =>
      tx
        .select({ group: measurementResponses.respondentGroup, answers: measurementResponses.answers })
        .from(measurementResponses)
        .where(and(eq(measurementResponses.orgId, scope.orgId), inArray(measurementResponses.id, batch)))
        .orderBy(asc(measurementResponses.id)),
    );
    yield rows;
  }
}

/**
 * The ids of the responses to export, in id order (random, as the ids are),
 * packed 16 bytes each: 1.6 MB for 100,000 responses. Batches then read by
 * primary key, which needs no planner statistics to be fast; paging by
 * "id > last" instead sorted the whole measurement for every batch.
 */
async function responseIds(scope: Scope, measurementId: string, groups: readonly RespondentGroup[]) {
  // Only the packed ids outlive this function, not the rows.
  const rows = await inOrg(scope, (tx) =>
    tx
      .select({ id: measurementResponses.id })
      .from(measurementResponses)
      .where(
        and(
          eq(measurementResponses.orgId, scope.orgId),
          eq(measurementResponses.measurementId, measurementId),
          inArray(measurementResponses.respondentGroup, [...groups]),
        ),
      )
      .orderBy(asc(measurementResponses.id)),
  );
  const count = rows.length;
  const packed = Buffer.alloc(count * 16);
  rows.forEach((row, index) => packed.write(row.id.replace(/-/g, ""), index * 16, "hex"));
  return {
    count,
    slice(from: number, to: number): string[] {
      const ids: string[] = [];
      for (let i = from; i < Math.min(to, count); i++) {
        const hex = packed.toString("hex", i * 16, i * 16 + 16);
        ids.push(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
      }
      return ids;
    },
  };
}
