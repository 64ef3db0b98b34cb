/**
 * Bulk data for the results bench: closed measurements and their responses,
 * inserted by generate_series as the owner role (seeding crosses
 * organisations, which samen_app never does). Answers come from fifty
 * made-up questionnaires per group, so each insert is one statement however
 * many rows it writes. Tallies and benchmark contributions are then written
 * by the app's own code, per organisation, as closing a measurement does.
 */
import { and, eq } from "drizzle-orm";
import { withOrg, type Database } from "../../src/db/client.js";
import { measurements } from "../../src/db/schema/index.js";
import { scalePoints, type RespondentGroup } from "../../src/features/measurements/domain/instrument.js";
import { currentInstrument as instrument } from "../../src/features/measurements/instrument/index.js";
import { questionPages } from "../../src/features/measurements/questionnaire.js";
import { recordResults } from "../../src/features/measurements/service/close.js";

const TEMPLATES = 50;

/** A deterministic pseudo-random number generator (mulberry32), so every run seeds the same answers. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Made-up answer sets of one group: mostly a value, one in twenty "don't know", one in twenty skipped. */
function templates(group: RespondentGroup): string {
  const next = random(group.length * 7919);
  const points = scalePoints(instrument, group);
  const items = questionPages(instrument, group).flatMap((page) => page.items.map((item) => item.id));
  const value = () => (next() < 0.05 ? null : 1 + Math.floor(next() * points));
  const sets = Array.from({ length: TEMPLATES }, () =>
    Object.fromEntries(items.filter(() => next() >= 0.05).map((id) => [id, { current: value(), desired: value() }])),
  );
  return JSON.stringify(sets);
}

export interface Cohort {
  group: RespondentGroup;
  count: number;
  subgroupId?: string | null;
}

/**
 * Inserts `count` responses of a group into every measurement picked by
 * `where` (SQL on measurements m); one in ten has an open answer.
 */
export async function insertResponses(database: Database, where: string, params: unknown[], cohort: Cohort) {
  const n = params.length;
  await database.ownerSql(
    `insert into measurement_responses (org_id, measurement_id, respondent_group, subgroup_id, answers, open_answers)
     select m.org_id, m.id, $${n + 1}::respondent_group, $${n + 2}::uuid, t.answers,
       case when g % 10 = 0 then '{"vision": "Meer tijd voor een gesprek"}'::jsonb else '{}'::jsonb end
     from measurements m
     cross join generate_series(1, $${n + 3}::int) g
     join jsonb_array_elements($${n + 4}::jsonb) with ordinality t(answers, k) on t.k = 1 + g % ${TEMPLATES}
     where ${where}`,
    [...params, cohort.group, cohort.subgroupId ?? null, cohort.count, templates(cohort.group)],
  );
}

/** A closed baseline of the organisation, with the given split into classes. */
export async function insertMeasurement(
  database: Database,
  orgId: string,
  subgroupTree: Record<string, { id: string }[]> = {},
): Promise<string> {
  const { rows } = await database.ownerSql(
    `insert into measurements (org_id, kind, title, instrument_version, opens_at, closes_at, threshold, status, subgroup_tree)
     values ($1, 'baseline', 'Nulmeting', $2, '2026-03-01', '2026-03-15', 5, 'closed', $3::jsonb) returning id`,
    [orgId, instrument.version, JSON.stringify(subgroupTree)],
  );
  return (rows[0] as { id: string }).id;
}

/** Counts the tallies and the benchmark contribution of a closed measurement, as closing does. */
export async function recordClosed(database: Database, orgId: string, measurementId: string): Promise<void> {
  await withOrg(database.db, { orgId, userId: null }, async (tx) => {
    const [closed] = await tx
      .select()
      .from(measurements)
      .where(and(eq(measurements.orgId, orgId), eq(measurements.id, measurementId)));
    await recordResults(tx, closed!);
  });
}

/** Runs fn over the items with at most `limit` at a time. */
export async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
