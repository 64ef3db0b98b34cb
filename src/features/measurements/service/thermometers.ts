/**
 * The thermometer in one figure per respondent group, for many organisations at once (the
 * advisor's workspace): of each organisation's latest closed measurement (not a poll) and the one
 * before it, the team's and the parents' current mean over all core items, on the five-point
 * scale, with every answer weighing the same (as a domain's mean does, domain/scoring.ts). Read
 * from the tallies counted at closing ('overall'), summed over the group's cells (parents are counted
 * per class only, with no whole-group row), in two queries whatever the number of organisations.
 * Whether the whole group has a figure is the results page's rule (`disclosure`): a class below the
 * threshold never has one, all classes together do once they reach it.
 */
import { sql } from "drizzle-orm";
import { disclosure } from "../domain/anonymity.js";
import { preparedStatement, rowsOf, type Tx } from "../../../db/client.js";
import { groupBy } from "../../../lib/group-by.js";
import { measurements, measurementTallies } from "../../../db/schema/index.js";
import { scalePoints, type RespondentGroup } from "../domain/instrument.js";
import { summarise } from "../domain/scoring.js";
import { instrumentByVersion } from "../instrument/index.js";

/** The groups the workspace shows: those certification's criteria are about. */
export const thermometerGroups = ["team", "parents"] as const satisfies readonly RespondentGroup[];
export type ThermometerGroup = (typeof thermometerGroups)[number];

export interface ThermometerReading {
  measurementId: string;
  title: string;
  closesAt: Date;
  /** Per group: the mean (1–5), or null when not asked, without answers or below the threshold. */
  means: Record<ThermometerGroup, number | null>;
}

/** The latest reading and the one before it; either may be missing. */
export interface Thermometer {
  latest: ThermometerReading | null;
  previous: ThermometerReading | null;
}

interface MeasurementRow {
  orgId: string;
  id: string;
  title: string;
  closesAt: string;
  threshold: number;
  instrumentVersion: number;
  rank: number;
}

interface CountRow {
  measurementId: string;
  group: ThermometerGroup;
  /** 'overall' or, for a measurement counted before those were written, its core items' 'current'. */
  countOf: "respondents" | "overall" | "current";
  value: number;
  responses: number;
}

/** "group:item" for every core item of the groups shown, in every instrument version used. */
function coreItemKeys(versions: readonly number[]): string[] {
  return [...new Set(versions)].flatMap((version) => {
    const instrument = instrumentByVersion(version);
    return thermometerGroups.flatMap((group) =>
      instrument.questionnaires[group].domains.flatMap((d) => d.items.map((item) => `${group}:${item.id}`)),
    );
  });
}

function reading(row: MeasurementRow, counts: readonly CountRow[]): ThermometerReading {
  const instrument = instrumentByVersion(row.instrumentVersion);
  const mean = (group: ThermometerGroup): number | null => {
    const own = counts.filter((c) => c.group === group);
    const respondents = own.find((c) => c.countOf === "respondents")?.responses ?? 0;
    if (!disclosure({ id: group, respondents }, row.threshold).get(group)?.visible) return null;
    const points = scalePoints(instrument, group);
    const values = Array.from({ length: points }, (_, i) =>
      own.filter((c) => c.countOf !== "respondents" && c.value === i + 1).reduce((n, c) => n + c.responses, 0),
    );
    return summarise({ values, dontKnow: 0 }, points).mean;
  };
  return {
    measurementId: row.id,
    title: row.title,
    closesAt: new Date(row.closesAt),
    means: { team: mean("team"), parents: mean("parents") },
  };
}

const t = measurementTallies;

/**
 * The groups' tallies of these measurements, every cell: one index lookup per measurement and group
 * (org_id, measurement_id, respondent_group lead the tallies' key), where "org_id = any(…) and
 * measurement_id = any(…)" read every tally of every organisation.
 */
const groupTallies = (measurements: readonly MeasurementRow[], countOf: readonly CountRow["countOf"][]) => sql`
  unnest(${sql.param(measurements.map((r) => r.orgId))}::uuid[], ${sql.param(measurements.map((r) => r.id))}::uuid[]) as m(org_id, id)
  join ${t} on ${t.orgId} = m.org_id and ${t.measurementId} = m.id
    and ${t.respondentGroup} = any(${sql.param([...thermometerGroups])}::respondent_group[])
    and ${t.countOf} = any(${sql.param([...countOf])}::text[])`;

/**
 * The respondents and 'overall' rows of every cell, summed per group, as a prepared statement:
 * planning it took about as long as running it for 600 measurements (5 ms). Cells are disjoint,
 * so their counts add up to the whole group's (domain/tally.ts).
 */
const respondentsAndOverall = preparedStatement<CountRow>(
  "thermometer_overall_counts",
  () => sql`
    select m.id as "measurementId", ${t.respondentGroup} as "group", ${t.countOf} as "countOf",
      ${t.value} as value, sum(${t.responses})::int as responses
    from unnest(${sql.placeholder("orgIds")}::uuid[], ${sql.placeholder("ids")}::uuid[]) as m(org_id, id)
    join ${t} on ${t.orgId} = m.org_id and ${t.measurementId} = m.id
      and ${t.respondentGroup} = any(${sql.placeholder("groups")}::respondent_group[])
      and ${t.countOf} in ('respondents', 'overall')
    group by 1, 2, 3, 4`,
);

/**
 * The respondents and the 'overall' counts: a dozen rows per measurement, where summing the core
 * items' counts read hundreds (seconds for an advisor of 300 schools). A measurement closed before
 * 'overall' was counted has only item counts: those few are summed.
 */
async function overallCounts(tx: Tx, measurements: readonly MeasurementRow[]): Promise<CountRow[]> {
  const counts = await respondentsAndOverall(tx, {
    orgIds: measurements.map((r) => r.orgId),
    ids: measurements.map((r) => r.id),
    groups: [...thermometerGroups],
  });
  const summed = new Set(counts.filter((c) => c.countOf === "overall").map((c) => c.measurementId));
  const older = measurements.filter((m) => !summed.has(m.id));
  if (!older.length) return counts;
  const items = rowsOf<CountRow>(
    await tx.execute(sql`
      select m.id as "measurementId", ${t.respondentGroup} as "group", ${t.countOf} as "countOf",
        ${t.value} as value, sum(${t.responses})::int as responses
      from ${groupTallies(older, ["current"])}
      where ${t.value} > 0
        and (${t.respondentGroup}::text || ':' || ${t.item}) = any(${sql.param(coreItemKeys(older.map((r) => r.instrumentVersion)))}::text[])
      group by 1, 2, 3, 4`),
  );
  return [...counts, ...items];
}

/** Each organisation's thermometer, by organisation id; organisations without a closed measurement are left out. */
export async function thermometersOf(tx: Tx, orgIds: readonly string[]): Promise<Map<string, Thermometer>> {
  if (!orgIds.length) return new Map();
  const m = measurements;
  const latestTwo = rowsOf<MeasurementRow>(
    await tx.execute(sql`
      select org_id as "orgId", id, title, closes_at as "closesAt", threshold, instrument_version as "instrumentVersion", rank
      from (select ${m.orgId}, ${m.id}, ${m.title}, ${m.closesAt}, ${m.threshold}, ${m.instrumentVersion},
          row_number() over (partition by ${m.orgId} order by ${m.closesAt} desc, ${m.id}) as rank
        from ${m}
        where ${m.orgId} = any(${sql.param([...orgIds])}::uuid[]) and ${m.status} = 'closed' and ${m.kind} <> 'poll') ranked
      where rank <= 2`),
  );
  if (!latestTwo.length) return new Map();
  const counts = await overallCounts(tx, latestTwo);
  const byMeasurement = groupBy(counts, (c) => c.measurementId);
  const result = new Map<string, Thermometer>();
  for (const row of latestTwo) {
    const entry = result.get(row.orgId) ?? { latest: null, previous: null };
    entry[Number(row.rank) === 1 ? "latest" : "previous"] = reading(row, byMeasurement.get(row.id) ?? []);
    result.set(row.orgId, entry);
  }
  return result;
}
