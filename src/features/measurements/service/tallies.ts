/**
 * Tallies: the counts of a closed measurement, kept in `measurement_tallies`
 * so a results page reads a few hundred counts instead of every response
 * (docs/measurement-benchmark.md). They are counted by one GROUP BY in the
 * database when the measurement closes, in the same transaction as the
 * responses, and read back into the domain's Tally (domain/tally.ts). Counting
 * again replaces the old counts, so it is safe to repeat.
 */
import { ne, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementResponses, measurementTallies } from "../../../db/schema/index.js";
import { respondentGroups, scalePoints, type DomainId, type Instrument } from "../domain/instrument.js";
import type { RespondentGroup } from "../domain/instrument.js";
import type { GroupTallies } from "../domain/results.js";
import { emptyItemTally, emptyTally, type Tally } from "../domain/tally.js";

/** Which core item counts for which domain, per group: extras and capacity items count for none. */
function coreItems(instrument: Instrument): { group: RespondentGroup; item: string; domain: DomainId }[] {
  return respondentGroups.flatMap((group) =>
    instrument.questionnaires[group].domains.flatMap(({ domain, items }) =>
      items.map((item) => ({ group, item: item.id, domain })),
    ),
  );
}

/** (Re)counts the responses of a measurement into its tallies. */
export async function writeTallies(tx: Tx, orgId: string, measurementId: string, instrument: Instrument) {
  await tx.delete(measurementTallies).where(ofOrg(measurementTallies, orgId, { measurementId }));
  const roles = JSON.stringify(coreItems(instrument));
  // An answer is counted when its key is there; a JSON null is "don't know" (value 0).
  await tx.execute(sql`
    with responses as (
      select id, respondent_group, subgroup_id, answers from measurement_responses
      where org_id = ${orgId} and measurement_id = ${measurementId}
    ), answers as (
      select r.id, r.respondent_group, r.subgroup_id, a.key as item, s.series,
        coalesce((a.value ->> s.series)::smallint, 0) as value
      from responses r, jsonb_each(r.answers) a, unnest(array['current', 'desired']) s(series)
      where a.value ? s.series
    )
    insert into measurement_tallies
      (org_id, measurement_id, respondent_group, subgroup_id, count_of, item, value, responses)
    select ${orgId}::uuid, ${measurementId}::uuid, respondent_group, subgroup_id, 'respondents', '', 0, count(*)
      from responses group by respondent_group, subgroup_id
    union all
    select ${orgId}::uuid, ${measurementId}::uuid, respondent_group, subgroup_id, series, item, value, count(*)
      from answers group by respondent_group, subgroup_id, series, item, value
    union all
    select ${orgId}::uuid, ${measurementId}::uuid, a.respondent_group, a.subgroup_id, 'domain', d.domain, 0, count(distinct a.id)
      from answers a
      join jsonb_to_recordset(${roles}::jsonb) as d("group" text, item text, domain text)
        on d."group" = a.respondent_group::text and d.item = a.item
      group by a.respondent_group, a.subgroup_id, d.domain
    union all
    select ${orgId}::uuid, ${measurementId}::uuid, a.respondent_group, a.subgroup_id, 'overall', '', a.value, count(*)
      from answers a
      join jsonb_to_recordset(${roles}::jsonb) as d("group" text, item text, domain text)
        on d."group" = a.respondent_group::text and d.item = a.item
      where a.series = 'current' and a.value > 0
      group by a.respondent_group, a.subgroup_id, a.value`);
}

/** The tallies per group and class, with the group's open answers; null when never counted. */
export async function readTallies(
  tx: Tx,
  orgId: string,
  measurementId: string,
  instrument: Instrument,
): Promise<Map<RespondentGroup, Map<string | null, Tally>> | null> {
  const rows = await tx
    .select()
    .from(measurementTallies)
    .where(ofOrg(measurementTallies, orgId, { measurementId }));
  const groups = new Map<RespondentGroup, Map<string | null, Tally>>();
  const tallyOf = (group: RespondentGroup, subgroup: string | null) => {
    const bySubgroup = groups.get(group) ?? new Map<string | null, Tally>();
    groups.set(group, bySubgroup);
    const tally = bySubgroup.get(subgroup) ?? emptyTally(scalePoints(instrument, group));
    bySubgroup.set(subgroup, tally);
    return tally;
  };
  let counted = false;
  for (const row of rows) {
    const tally = tallyOf(row.respondentGroup, row.subgroupId);
    if (row.countOf === "respondents") {
      tally.respondents = row.responses;
      counted = true;
    } else if (row.countOf === "domain") {
      tally.domainRespondents[row.item as DomainId] = row.responses;
    } else if (row.countOf !== "overall") {
      const counts = (tally.items[row.item] ??= emptyItemTally(tally.points))[row.countOf];
      if (row.value === 0) counts.dontKnow = row.responses;
      else counts.values[row.value - 1] = row.responses;
    }
  }
  if (!counted) return null;
  await addOpenAnswers(tx, orgId, measurementId, (group) => tallyOf(group, null));
  return groups;
}

/** Open answers belong to the group as a whole, never to a class. */
async function addOpenAnswers(
  tx: Tx,
  orgId: string,
  measurementId: string,
  tallyOf: (group: RespondentGroup) => Tally,
): Promise<void> {
  const rows = await tx
    .select({ group: measurementResponses.respondentGroup, open: measurementResponses.openAnswers })
    .from(measurementResponses)
    .where(
      ofOrg(measurementResponses, orgId, { measurementId }, ne(measurementResponses.openAnswers, sql`'{}'::jsonb`)),
    );
  for (const row of rows) {
    const tally = tallyOf(row.group);
    for (const [domain, text] of Object.entries(row.open) as [DomainId, string][]) {
      if (text.trim()) (tally.openAnswers[domain] ??= []).push(text.trim());
    }
  }
}

/** The input of resultsFromTallies, with each group's split into classes. */
export function groupTallies(
  tallies: Map<RespondentGroup, Map<string | null, Tally>>,
  tree: Partial<Record<RespondentGroup, { id: string }[]>>,
): Partial<Record<RespondentGroup, GroupTallies>> {
  const groups: Partial<Record<RespondentGroup, GroupTallies>> = {};
  for (const [group, bySubgroup] of tallies) groups[group] = { tallies: bySubgroup, subgroups: tree[group] };
  return groups;
}
