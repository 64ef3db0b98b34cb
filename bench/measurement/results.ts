/**
 * Results page at platform scale (issue 3): one school's thermometer, 2,000
 * responses split over team, parents of two classes and pupils, served by the
 * real app (app.request with a signed-in school leader: session, guards, the
 * query, the scoring and the rendering), first with the school alone in the
 * database, then with 1,999 other schools of 500 responses each beside it
 * (1,001,500 responses). Target: at most 100 ms, and at most 1.5× alone.
 * The database is PostgreSQL when DATABASE_URL is set (a fresh database,
 * dropped after), else an in-memory PGlite; `database_postgres` says which.
 */
import { createTestContext, signIn, type TestClient } from "../../tests/helpers/test-context.js";
import { createSchool } from "../../tests/helpers/factories.js";
import type { Database } from "../../src/db/client.js";
import { log, percentile, round, sample } from "../lib.js";
import { inParallel, insertMeasurement, insertResponses, recordClosed } from "./platform.js";

const OTHER_SCHOOLS = 1_999;
const RESPONSES_PER_OTHER_SCHOOL = { team: 50, parents: 350, pupils: 100 } as const;
const BATCH = 100;
const RUNS = 60;

export async function run(): Promise<Record<string, number>> {
  const ctx = await createTestContext();
  const { database } = ctx;
  try {
    log(`results: on ${database.kind}`);
    const school = await createSchool(database.db);
    const leader = await signIn(ctx, school.leader.email);
    const a = school.groupA.id;
    const b = school.groupB.id;
    const id = await insertMeasurement(database, school.org.id, {
      parents: [{ id: a }, { id: b }],
      pupils: [{ id: b }],
    });
    for (const cohort of [
      { group: "team", count: 150 },
      { group: "parents", count: 700, subgroupId: a },
      { group: "parents", count: 700, subgroupId: b },
      { group: "pupils", count: 450, subgroupId: b },
    ] as const) {
      await insertResponses(database, "m.org_id = $1 and m.id = $2", [school.org.id, id], cohort);
    }
    await recordClosed(database, school.org.id, id);
    const page = resultsPage(leader, `/organisation/measurements/${id}/results`);
    const alone = await sample(page, RUNS, 5);

    await seedPlatform(database);
    await database.ownerSql("analyze");
    const total = await database.ownerSql("select count(*)::int as n from measurement_responses");
    const platform = await sample(page, RUNS, 5);
    const p50 = (runs: number[]) => percentile(runs, 50);
    return {
      database_postgres: database.kind === "postgres" ? 1 : 0,
      results_school_responses: 2_000,
      results_platform_responses: (total.rows[0] as { n: number }).n,
      results_alone_p50_ms: round(p50(alone)),
      results_alone_p99_ms: round(percentile(alone, 99)),
      results_platform_p50_ms: round(p50(platform)),
      results_platform_p99_ms: round(percentile(platform, 99)),
      ratio_results_platform_to_alone: round(p50(platform) / p50(alone)),
    };
  } finally {
    await ctx.close();
  }
}

/** One request of the page, read to the end; anything but 200 stops the bench. */
function resultsPage(client: TestClient, path: string) {
  return async () => {
    const response = await client.get(path);
    const html = await response.text();
    if (response.status !== 200 || !html.includes("<h1>")) throw new Error(`results page: ${response.status}`);
  };
}

/** 1,999 other primary schools, each with a closed nulmeting, its tallies and its part in the benchmark. */
async function seedPlatform(database: Database): Promise<void> {
  const started = Date.now();
  const { rows } = await database.ownerSql(
    `insert into organisations (type, name) select 'primary', 'Bench school ' || g
     from generate_series(1, $1::int) g returning id`,
    [OTHER_SCHOOLS],
  );
  const orgs = (rows as { id: string }[]).map((row) => row.id);
  const measured: { orgId: string; id: string }[] = [];
  for (const orgId of orgs) measured.push({ orgId, id: await insertMeasurement(database, orgId) });
  for (let from = 0; from < orgs.length; from += BATCH) {
    const batch = orgs.slice(from, from + BATCH);
    for (const [group, count] of Object.entries(RESPONSES_PER_OTHER_SCHOOL)) {
      await insertResponses(database, "m.org_id = any($1::uuid[])", [batch], { group: group as "team", count });
    }
    log(`results: responses of ${from + batch.length} schools after ${Math.round((Date.now() - started) / 1000)} s`);
  }
  await inParallel(measured, database.kind === "postgres" ? 3 : 1, (m) => recordClosed(database, m.orgId, m.id));
  log(`results: platform seeded in ${Math.round((Date.now() - started) / 1000)} s`);
}
