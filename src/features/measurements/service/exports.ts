/**
 * What the exports read besides the results: the title page's facts, and
 * the anonymous responses for the response-level export. Those are read in
 * batches, each in a short transaction of its own, so a slow download
 * neither holds a connection nor (on the embedded database, which has only
 * one) blocks the app. Responses are written once, at closing, so the
 * batches see one state.
 */
import { and, count, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { builtStatement, rowsOf } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementResponses, measurements, organisations } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { disclosure } from "../domain/anonymity.js";
import { respondentGroups, type ExtraItem, type RespondentGroup } from "../domain/instrument.js";
import { loadExtraItems } from "./extra-items.js";
import { closedMeasurement } from "./results.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";

export interface ReportFacts {
  organisation: string;
  opensAt: Date;
  closesAt: Date;
  /** The school's own items, for their texts. */
  extras: ExtraItem[];
}

export function reportFacts(scope: OrgScope, measurementId: string): Promise<ReportFacts> {
  return inOrg(scope, async (tx) => {
    const [facts] = await tx
      .select({ organisation: organisations.name, opensAt: measurements.opensAt, closesAt: measurements.closesAt })
      .from(measurements)
      .innerJoin(organisations, eq(organisations.id, measurements.orgId))
      .where(ofOrg(measurements, scope.orgId, { id: measurementId }));
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
export function prepareResponseExport(scope: OrgScope, measurementId: string): Promise<ResponseExport | null> {
  return inOrg(scope, async (tx) => {
    const measurement = await closedMeasurement(tx, scope.orgId, measurementId);
    if (!measurement) return null;
    const counts = await tx
      .select({ group: measurementResponses.respondentGroup, n: count() })
      .from(measurementResponses)
      .where(ofOrg(measurementResponses, scope.orgId, { measurementId }))
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

/** One cell of answers in the response-level export: an item, and which of its two answers. */
export interface AnswerColumn {
  itemId: string;
  side: "current" | "desired";
}

/**
 * A response as the export reads it: its group, and its answers as one character per
 * column, in the columns' order: "1"–"5" the value (every stored answer is a whole number
 * on a scale of at most five points, checked when it is saved), "?" for "don't know", " "
 * where the response has no such answer. PostgreSQL builds this text, so the export never
 * parses an answers object: for 100,000 responses that garbage made the process grow
 * 45–65 MB (docs/benchmarks.md).
 */
export interface ExportedResponse {
  group: RespondentGroup;
  codes: string;
}

export const RESPONSE_BATCH = 1000;

/** The responses of the given groups, a batch at a time; never the open answers or the class. */
export async function* responseBatches(
  scope: OrgScope,
  measurementId: string,
  groups: readonly RespondentGroup[],
  columns: readonly AnswerColumn[],
  size = RESPONSE_BATCH,
): AsyncGenerator<ExportedResponse[]> {
  if (groups.length === 0) return;
  const ofExport = ofOrg(
    measurementResponses,
    scope.orgId,
    { measurementId },
    inArray(measurementResponses.respondentGroup, [...groups]),
  );
  const codes = answerCodes(columns);
  const groupCode = sql.join(
    [
      sql`case ${measurementResponses.respondentGroup}`,
      ...groups.map((group, index) => sql`when ${group} then ${String(index)}`),
      sql`end`,
    ],
    sql` `,
  );
  const batch = (upTo: boolean) =>
    builtStatement<{ responses: number; text: string | null }>(sql`
      select count(*)::int as responses,
        string_agg(${groupCode} || ${codes.cells}, '' order by ${measurementResponses.id}) as text
      from ${measurementResponses}, jsonb_to_record(${measurementResponses.answers}) as answer(${codes.record})
      where ${and(
        ofExport,
        gte(measurementResponses.id, sql.placeholder("first")),
        upTo ? lt(measurementResponses.id, sql.placeholder("next")) : undefined,
      )}`);
  const between = batch(true);
  const width = 1 + columns.length;
  const starts = await batchStarts(scope, measurementId, size);
  for (const [index, first] of starts.entries()) {
    const next = starts[index + 1];
    const read = next === undefined ? batch(false) : between;
    const [found] = await inOrg(scope, (tx) => read(tx, { first, next }));
    const text = found?.text ?? "";
    // A code of more than one character would shift every response after it into the wrong cells.
    if (text.length !== (found?.responses ?? 0) * width) throw new Error("an answer is not one character");
    const responses: ExportedResponse[] = [];
    for (let at = 0; at < text.length; at += width)
      responses.push({ group: groups[text.charCodeAt(at) - DIGIT_ZERO]!, codes: text.slice(at + 1, at + width) });
    if (responses.length > 0) yield responses;
  }
}

const DIGIT_ZERO = 48;
const SIDE = { current: sql.raw("'current'"), desired: sql.raw("'desired'") };

/**
 * The codes of one response (see ExportedResponse): jsonb_to_record unpacks the answers
 * once, into a field per item, and each column's code is read from its item's field. A
 * value's text is its code; a null value ("don't know") has its key but no text. Tried and
 * slower: "->" per column (decompresses the answers again each time, 27 s for 100,000),
 * and jsonb_each joined to the columns (8 s); this takes about 1 s.
 */
function answerCodes(columns: readonly AnswerColumn[]): { record: SQL; cells: SQL } {
  const items = [...new Set(columns.map((column) => column.itemId))];
  const record = sql.join(
    items.map((item) => sql`${sql.identifier(item)} jsonb`),
    sql`, `,
  );
  const cells = sql.join(
    columns.map(({ itemId, side }) => {
      const field = sql`answer.${sql.identifier(itemId)}`;
      return sql`coalesce(${field} ->> ${SIDE[side]}, case when ${field} ? ${SIDE[side]} then '?' else ' ' end)`;
    }),
    sql` || `,
  );
  return { record, cells };
}

/**
 * The first id of each batch, in id order (random, as the ids are): only these
 * are brought into memory, never every id of the export. A batch is then a range
 * of the primary key (org_id, id), which the planner uses even without
 * statistics (PGlite never has them). Paging by "id > last … limit" or by a list
 * of ids made it sort or scan the whole measurement for every batch instead.
 *
 * Counted over all the measurement's responses, not only the exported groups: then the
 * ids come from the index on (org_id, measurement_id, id) alone, in its order, where
 * filtering on the group read every row of the table and sorted the ids (at 1,000,000
 * responses 545 MB of pages and an external sort: 1.2 s, against 0.5 s from the index).
 * A batch then holds up to `size` responses of the exported groups; one with none is
 * skipped.
 */
async function batchStarts(scope: OrgScope, measurementId: string, size: number): Promise<string[]> {
  const result = await inOrg(scope, (tx) =>
    tx.execute(sql`
      select id from (
        select ${measurementResponses.id} as id, row_number() over (order by ${measurementResponses.id}) as n
        from ${measurementResponses} where ${ofOrg(measurementResponses, scope.orgId, { measurementId })}) numbered
      where (n - 1) % ${size} = 0
      order by id`),
  );
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}
