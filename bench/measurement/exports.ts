/**
 * Exports stream (issue 3): the response-level CSV and XLSX of 100,000
 * responses may take at most 12× the time of 10,000, and the process may grow
 * by at most 50 MB while it runs. Data: two closed measurements in two
 * organisations (so the small one does not read past the large one's rows),
 * responses inserted in bulk by generate_series, in an in-memory PGlite or
 * on the PostgreSQL server of DATABASE_URL (a fresh database, dropped after).
 * The exports run through the same code as the download routes.
 */
import { loadavg } from "node:os";
import { sql } from "drizzle-orm";
import "../../src/features/index.js"; // registers the message catalogs the exports' headings come from
import { withOrg, type Database, type Tx } from "../../src/db/client.js";
import { measurements, organisations } from "../../src/db/schema/index.js";
import { responsesCsvStream, responsesXlsxStream } from "../../src/features/measurements/export/responses-stream.js";
import { currentInstrument } from "../../src/features/measurements/instrument/index.js";
import { questionPages } from "../../src/features/measurements/questionnaire.js";
import { prepareResponseExport } from "../../src/features/measurements/service/exports.js";
import type { OrgScope } from "../../src/db/org-scope.js";
import { translator } from "../../src/web/i18n/index.js";
import { createTestDatabase } from "../../tests/helpers/test-database.js";
import { log, percentile, round, rssMb, timeMs } from "../lib.js";

type Export = typeof responsesCsvStream;

export function run(): Promise<Record<string, number>> {
  return compare({ count: 10_000, name: "10k" }, { count: 100_000, name: "100k" });
}

/**
 * `exports-1m`, opt-in (not in the default parts): the same comparison one scale up, a
 * national panel survey of 1,000,000 responses against 100,000 (issue 16: at most 12× the
 * 100k time, at most 50 MB growth). Seeding takes about ten times the 100k insert.
 */
export function runMillion(): Promise<Record<string, number>> {
  return compare({ count: 100_000, name: "100k" }, { count: 1_000_000, name: "1m" });
}

interface Scale {
  count: number;
  /** In the figures' names: csv_<name>_ms. */
  name: string;
}

/**
 * Both formats at two scales, each the median of three runs, the two scales taking turns
 * (small, large, small, large, …) so that both medians come from the same minutes of the
 * machine's load: with the three small runs first and then the three large ones, the ratio
 * compared a few seconds of one load with minutes of another (docs/benchmarks.md, "Exports at
 * 1M"). Every small run follows an untimed one, as the large run before it may have pushed the
 * small data set out of PostgreSQL's buffers; the first large run also measures memory.
 */
async function compare(smaller: Scale, larger: Scale): Promise<Record<string, number>> {
  const database = await createTestDatabase();
  try {
    log(`exports: seeding on ${database.kind}`);
    const small = await seed(database, smaller.count);
    const large = await seed(database, larger.count);
    const figures: Record<string, number> = {};
    let growth = 0;
    for (const [name, exporter] of [
      ["csv", responsesCsvStream],
      ["xlsx", responsesXlsxStream],
    ] as const) {
      const smallRuns: number[] = [];
      const largeRuns: number[] = [];
      for (let i = 0; i < 3; i++) {
        await consume(exporter, small); // warm-up
        smallRuns.push(await timeMs(() => consume(exporter, small)));
        const load = loadAverage();
        if (i === 0) {
          // Memory on the first large run, whose time is one of three (at 1M every run reads the
          // table again; where the large data set fits in PostgreSQL's buffers it is the cold run).
          const measured = await withRss(() => consume(exporter, large));
          growth = Math.max(growth, measured.growthMb);
          largeRuns.push(measured.ms);
          log(
            `exports: ${name} ${larger.name} wrote ${round(measured.bytes / 1e6)} MB, grew ${round(measured.growthMb, 1)} MB`,
          );
        } else largeRuns.push(await timeMs(() => consume(exporter, large)));
        log(
          `exports: ${name} run ${i + 1}: ${smaller.name} ${round(smallRuns[i]!, 0)} ms, ${larger.name} ${round(largeRuns[i]!, 0)} ms (load ${load} → ${loadAverage()})`,
        );
      }
      const smallMs = percentile(smallRuns, 50);
      const largeMs = percentile(largeRuns, 50);
      figures[`${name}_${smaller.name}_ms`] = round(smallMs, 0);
      figures[`${name}_${larger.name}_first_ms`] = round(largeRuns[0]!, 0);
      figures[`${name}_${larger.name}_ms`] = round(largeMs, 0);
      figures[`ratio_${name}_${larger.name}_to_${smaller.name}`] = round(largeMs / smallMs);
    }
    figures[`rss_growth_mb_${larger.name}`] = round(growth, 1);
    return figures;
  } finally {
    await database.close();
  }
}

/** The one-minute load average, for the log: other work on a shared machine moves the times. */
function loadAverage(): string {
  return loadavg()[0]!.toFixed(2);
}

/** A closed measurement of the team and the parents, every item answered. */
async function seed(database: Database, responses: number): Promise<OrgScope & { measurementId: string }> {
  const { db } = database;
  const [org] = await db
    .insert(organisations)
    .values({ type: "primary", name: `Bench ${responses}` })
    .returning({ id: organisations.id });
  const scope = { db, orgId: org!.id, userId: null };
  const started = Date.now();
  const measurementId = await withOrg(db, scope, async (tx) => {
    const [measurement] = await tx
      .insert(measurements)
      .values({
        orgId: scope.orgId,
        kind: "baseline",
        title: "Bench",
        instrumentVersion: currentInstrument.version,
        opensAt: new Date("2026-03-01"),
        closesAt: new Date("2026-03-15"),
        threshold: 5,
        status: "closed",
      })
      .returning({ id: measurements.id });
    const id = measurement!.id;
    await insertResponses(tx, { orgId: scope.orgId, measurementId: id, count: responses });
    return id;
  });
  await settle(database);
  log(`exports: ${responses} responses inserted in ${Date.now() - started} ms`);
  return { ...scope, measurementId };
}

/**
 * The responses as they are when someone exports them, not seconds after they were written:
 * closing queues a VACUUM of measurement_responses (service/vacuum.ts), which also writes the
 * rows' hint bits and the visibility map, and autovacuum (on by default) analyzes a table after
 * so many new rows. Without it the first reads set hint bits on, and write out, the freshly
 * inserted pages while they are timed (docs/benchmarks.md, "Exports at 1M").
 */
async function settle(database: Database): Promise<void> {
  await database.ownerExec("VACUUM (ANALYZE) measurement_responses");
}

/**
 * The team (10%) and the parents (90%), answers spread over the scale by a cheap hash of row and
 * item number, one in twenty "don't know". Written in the order of their fresh random ids, as
 * closing writes them (service/close.ts insertResponses), so that a batch of the export, a range
 * of ids, lies on adjacent pages here as it does in the app.
 */
async function insertResponses(tx: Tx, options: { orgId: string; measurementId: string; count: number }) {
  const itemsOf = (group: "team" | "parents") =>
    questionPages(currentInstrument, group)
      .flatMap((page) => page.items.map((item) => item.id))
      .join(",");
  const team = Math.round(options.count / 10);
  await tx.execute(sql`
    insert into measurement_responses (id, org_id, measurement_id, respondent_group, answers, open_answers)
    select id, ${options.orgId}, ${options.measurementId}, respondent_group,
      (select jsonb_object_agg(item, case when (g + n) % 20 = 0
          then '{"current":null,"desired":null}'::jsonb
          else jsonb_build_object('current', 1 + (g * 7 + n) % 5, 'desired', 1 + (g * 3 + n * 5) % 5) end)
        from unnest(string_to_array(case respondent_group when 'team' then ${itemsOf("team")} else ${itemsOf("parents")} end, ','))
          with ordinality as i(item, n)),
      '{"vision":"Een open antwoord dat nooit in een export komt"}'::jsonb
    from (
      select gen_random_uuid() as id,
        (case when r <= ${team} then 'team' else 'parents' end)::respondent_group as respondent_group,
        case when r <= ${team} then r else r - ${team} end as g
      from generate_series(1, ${options.count}::int) as r
      order by id) as fresh`);
}

async function consume(exporter: Export, target: OrgScope & { measurementId: string }): Promise<number> {
  const prepared = await prepareResponseExport(target, target.measurementId);
  if (!prepared) throw new Error("the measurement is not closed");
  const stream = exporter({
    scope: target,
    measurementId: target.measurementId,
    t: translator("nl"),
    locale: "nl",
    prepared,
  });
  const reader = stream.getReader();
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
  return bytes;
}

/** Runs fn while sampling the resident set size; growth is the peak above the size just before. */
async function withRss(fn: () => Promise<number>): Promise<{ ms: number; bytes: number; growthMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = rssMb();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb())), 10);
  try {
    let bytes = 0;
    const ms = await timeMs(async () => (bytes = await fn()));
    peak = Math.max(peak, rssMb());
    return { ms, bytes, growthMb: peak - before };
  } finally {
    clearInterval(timer);
  }
}
