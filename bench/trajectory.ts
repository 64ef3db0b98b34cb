/**
 * `npm run bench -- trajectory [samples]`: the advisor's workspace (issue 12). An advisor guides
 * 300 organisations, each with an active trajectory (eight sessions, a plan of ten actions, two
 * closed measurements with their tallies). The server time of the page (the service's queries
 * and rendering the table to HTML, in-process) is measured first with only those organisations
 * on the platform, then again after 1,700 more organisations with the same data (guided by other
 * advisors) are added, in the same run: the figure is the second p50 (at most 100 ms) and its
 * ratio to the first (at most 1.5). Runs on the PostgreSQL server of DATABASE_URL (default the
 * local one) in a fresh database that is dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { openDatabase, rowsOf, type Database } from "../src/db/client.js";
import { organisations } from "../src/db/schema/index.js";
import { acrossAdvisedOrgs } from "../src/db/org-scope.js";
import { advisorWorkspace, guidedOrganisations, UPCOMING_SHOWN } from "../src/features/advisor/service/workspace.js";
import { WorkspacePage } from "../src/features/advisor/views/workspace.js";
import "../src/features/index.js";
import { thermometersOf } from "../src/features/measurements/index.js";
import { currentInstrument } from "../src/features/measurements/instrument/index.js";
import { plansOf } from "../src/features/plan/index.js";
import { activeTrajectoriesOf } from "../src/features/trajectory/index.js";
import { schoolToday } from "../src/lib/time/school-date.js";
import { translator } from "../src/web/i18n/index.js";
// Not tests/helpers/database.ts, which imports vitest (useFixture): a bench runs outside it.
import { query as adminQuery, withDatabase } from "../tests/helpers/postgres-template.js";
import { createUser } from "../tests/helpers/factories.js";
import { log, percentile, report, round, sample, timeMs } from "./lib.js";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const GUIDED = 300;
const PLATFORM = 2000;

export async function run(args: string[]): Promise<void> {
  const samples = Number(args[0] ?? 40);
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_URL;
  const name = `samen_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const database = await openDatabase({ url: withDatabase(serverUrl, name) });
  try {
    const advisor = await createUser(database.db, { name: "Bench Adviseur" });
    log(`only the advisor's ${GUIDED} organisations`);
    await organisationsWithTrajectories(database, GUIDED, advisor.id);
    const alone = await measure(database, advisor.id, samples);
    log(`adding ${PLATFORM - GUIDED} organisations of other advisors`);
    const other = await createUser(database.db, { name: "Andere Adviseur" });
    await organisationsWithTrajectories(database, PLATFORM - GUIDED, other.id);
    const platform = await measure(database, advisor.id, samples);
    const parts = await breakdown(database, advisor.id, samples);
    report("advisor's workspace (service + rendering, server time)", {
      guided_organisations: GUIDED,
      platform_organisations: PLATFORM,
      samples,
      alone_p50_ms: round(percentile(alone, 50)),
      alone_p99_ms: round(percentile(alone, 99)),
      platform_p50_ms: round(percentile(platform, 50)),
      platform_p99_ms: round(percentile(platform, 99)),
      ratio_platform_to_alone_p50: round(percentile(platform, 50) / percentile(alone, 50)),
      ...parts,
    });
  } finally {
    await database.close();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** The workspace's milliseconds, `samples` times: the service's transaction and the page's HTML. */
async function measure(database: Database, userId: string, samples: number): Promise<number[]> {
  await database.ownerExec("analyze");
  const t = translator("nl");
  let rows = 0;
  const runs = await sample(async () => {
    const found = await advisorWorkspace({ db: database.db, userId });
    rows = found.length;
    const html = String(await WorkspacePage({ t, locale: "nl", csrf: "x", rows: found }));
    if (!html.includes("<table")) throw new Error("no table");
  }, samples);
  if (rows !== GUIDED) throw new Error(`the workspace showed ${rows} organisations, not ${GUIDED}`);
  log(`p50 ${round(percentile(runs, 50))} ms over ${rows} organisations`);
  return runs;
}

/** Milliseconds of CPU this process has used (user and system). */
function nodeCpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * Milliseconds of CPU a PostgreSQL backend has used, from /proc (the server on this machine), or
 * NaN where it cannot be read (a remote server): CPU, unlike wall time, barely changes with load.
 */
function backendCpuMs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/**
 * Where the platform's time goes: each of the service's steps in one transaction (as
 * advisorWorkspace runs them) and the rendering, p50 over `samples` runs, as `part_<step>_p50_ms`;
 * beside it the CPU each step took, of this process and of the database's backend
 * (`part_<step>_cpu_node_ms`, `part_<step>_cpu_pg_ms`, p50), the figures to compare on a loaded machine.
 */
async function breakdown(database: Database, userId: string, samples: number): Promise<Record<string, number>> {
  const today = schoolToday();
  const t = translator("nl");
  const runs: Record<string, number[]> = {};
  const push = (key: string, value: number) => (runs[key] ??= []).push(value);
  const timed = async <T>(part: string, fn: () => Promise<T>, pid = Number.NaN): Promise<T> => {
    let result: T | undefined;
    const [node, pg] = [nodeCpuMs(), backendCpuMs(pid)];
    push(`${part}_p50_ms`, await timeMs(async () => (result = await fn())));
    push(`${part}_cpu_node_ms`, nodeCpuMs() - node);
    if (!Number.isNaN(pg)) push(`${part}_cpu_pg_ms`, backendCpuMs(pid) - pg);
    return result as T;
  };
  for (let i = 0; i < samples; i++) {
    await acrossAdvisedOrgs(database.db, userId, async (tx) => {
      const pid = Number(rowsOf<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`))[0]!.pid);
      const ids = (await timed("organisations", () => guidedOrganisations(tx, userId), pid)).map((o) => o.id);
      const active = await timed("trajectories", () => activeTrajectoriesOf(tx, ids, today, UPCOMING_SHOWN), pid);
      const trajectoryIds = [...active.values()].map((a) => a.trajectory.id);
      await timed("plans", () => plansOf(tx, ids, trajectoryIds, today), pid);
      await timed("thermometers", () => thermometersOf(tx, ids), pid);
    });
    const rows = await timed("service", () => advisorWorkspace({ db: database.db, userId }));
    await timed("render", async () => String(await WorkspacePage({ t, locale: "nl", csrf: "x", rows })));
  }
  const parts = Object.fromEntries(Object.entries(runs).map(([key, ms]) => [`part_${key}`, round(percentile(ms, 50))]));
  log(`breakdown (p50 ms): ${JSON.stringify(parts)}`);
  return parts;
}

/** "group:item" pairs of the instrument's core items for the team and the parents. */
function coreItems(): { groups: string[]; items: string[] } {
  const pairs = (["team", "parents"] as const).flatMap((group) =>
    currentInstrument.questionnaires[group].domains.flatMap((d) => d.items.map((i) => [group, i.id] as const)),
  );
  return { groups: pairs.map((p) => p[0]), items: pairs.map((p) => p[1]) };
}

/**
 * `count` organisations with an advisor and an active trajectory: eight sessions (some held, one
 * overdue, some to come), two closed measurements with tallies (the first linked as nulmeting), a
 * plan of ten actions. Written as the owner with set-based SQL, which takes seconds, not minutes.
 */
async function organisationsWithTrajectories(database: Database, count: number, advisorId: string) {
  const orgs = await database.db
    .insert(organisations)
    .values(
      Array.from({ length: count }, (_, i) => ({
        type: "primary" as const,
        name: `School ${randomBytes(3).toString("hex")} ${i}`,
      })),
    )
    .returning({ id: organisations.id });
  const ids = orgs.map((o) => o.id);
  for (let i = 0; i < ids.length; i += 500)
    await database.ownerSql(
      `insert into memberships (org_id, user_id, role) select unnest($1::uuid[]), $2, 'advisor'`,
      [ids.slice(i, i + 500), advisorId],
    );
  const { groups, items } = coreItems();
  // Each statement with its values after the organisations' ids ($1).
  const steps: [string, unknown[]][] = [
    [
      `insert into trajectories (org_id, started_at, advisor_id)
       select o, now() - ((random() * 600)::int || ' days')::interval, $2 from unnest($1::uuid[]) o`,
      [advisorId],
    ],
    [
      `insert into trajectory_sessions (org_id, trajectory_id, line, position, topic, held_on, status)
       select t.org_id, t.id, (array['school','school','school','parents','parents','parents','joint','joint'])[p + 1]::trajectory_session_line,
         p, 'Bijeenkomst ' || p, current_date + (p * 20 - 60), (case when p < 2 then 'held' else 'planned' end)::trajectory_session_status
       from trajectories t cross join generate_series(0, 7) p where t.org_id = any($1::uuid[])`,
      [],
    ],
    [
      `insert into measurements (org_id, kind, title, instrument_version, opens_at, closes_at, threshold, status)
       select o, k.kind::measurement_kind, k.title, ${currentInstrument.version}, now() - k.age - interval '14 days', now() - k.age, 5, 'closed'
       from unnest($1::uuid[]) o cross join (values ('baseline', 'Nulmeting', interval '400 days'), ('interim', 'Tussenmeting', interval '30 days')) k(kind, title, age)`,
      [],
    ],
    [
      `insert into trajectory_measurements (org_id, trajectory_id, measurement_id)
       select t.org_id, t.id, m.id from trajectories t join measurements m on m.org_id = t.org_id and m.kind = 'baseline'
       where t.org_id = any($1::uuid[])`,
      [],
    ],
    [
      `insert into measurement_tallies (org_id, measurement_id, respondent_group, subgroup_id, count_of, item, value, responses)
       select m.org_id, m.id, g::respondent_group, null::uuid, 'respondents', '', 0, 20
       from measurements m cross join unnest(array['team','parents']) g where m.org_id = any($1::uuid[])
       union all
       select m.org_id, m.id, ci.g::respondent_group, null::uuid, c.count_of, ci.item, v, 1 + (random() * 6)::int
       from measurements m cross join unnest($2::text[], $3::text[]) ci(g, item)
         cross join unnest(array['current','desired']) c(count_of) cross join generate_series(1, 5) v
       where m.org_id = any($1::uuid[])`,
      [groups, items],
    ],
    [
      // What writeTallies counts at closing for the thermometer: the core items' answers per value.
      `insert into measurement_tallies (org_id, measurement_id, respondent_group, subgroup_id, count_of, item, value, responses)
       select org_id, measurement_id, respondent_group, null::uuid, 'overall', '', value, sum(responses)
       from measurement_tallies where org_id = any($1::uuid[]) and count_of = 'current'
       group by org_id, measurement_id, respondent_group, value`,
      [],
    ],
    [
      `insert into plans (org_id, trajectory_id, version, first_published_at, published_at, published_version)
       select t.org_id, t.id, 10, now() - interval '100 days', now() - interval '100 days', 10 from trajectories t where t.org_id = any($1::uuid[])`,
      [],
    ],
    [
      `insert into plan_actions (org_id, plan_id, domain, title, owner, due_on, status)
       select p.org_id, p.id, (array['vision','behaviour','involvement','learning','conversations','information'])[1 + a % 6],
         'Actie ' || a, 'together', current_date + (a * 30 - 120), (array['planned','underway','done','done'])[1 + a % 4]::plan_action_status
       from plans p cross join generate_series(0, 9) a where p.org_id = any($1::uuid[])`,
      [],
    ],
  ];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const [statement, values] of steps) await database.ownerSql(statement, [chunk, ...values]);
  }
}
