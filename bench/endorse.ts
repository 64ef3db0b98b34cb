/**
 * `npm run bench -- endorse [seconds] [clients]`: the campaign's endorsements and its page.
 *
 * 1. Confirmed endorsements per second, each a request (with its confirmation mail recorded in the
 *    outbox) and its confirmation, as the routes do it (src/features/campaign/service), with one
 *    client and with `clients` (default 32) at once, in two alternating rounds each (1, 32, 1, 32;
 *    the best round of each counts), on the PostgreSQL server of DATABASE_URL (default the local
 *    one; a fresh database, dropped afterwards) and on an in-memory PGlite. The endorsements spread
 *    over every role and province as real ones would. Afterwards the count (the slots summed) is
 *    compared with count(*) over the endorsements, per role and province: it must be exact.
 *    Figure: ratio_32_to_1 (issue 15: at least 0.8; a single counter row fell to 0.3).
 * 2. GET /campagne against GET /healthz on a real server over the same PostgreSQL database, with
 *    `clients` requests in flight, alternating rounds as in bench/certificate.ts.
 *    Figure: ratio_page_to_healthz (issue 15: at least 0.5).
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import "../src/features/index.js";
import { openDatabase, rowsOf, type Database, type Db } from "../src/db/client.js";
import { endorserRoles } from "../src/features/campaign/domain/choices.js";
import { municipalities, municipalityNamed } from "../src/features/campaign/domain/municipalities.js";
import { campaignCount } from "../src/features/campaign/service/counts.js";
import {
  confirmEndorsement,
  requestEndorsement,
  type CampaignDeps,
} from "../src/features/campaign/service/endorsements.js";
// Not tests/helpers/database.ts, which imports vitest (useFixture): a bench runs outside it.
import { query as adminQuery, withDatabase } from "../tests/helpers/postgres-template.js";
import { startServer, stopAllProcesses } from "../tests/helpers/processes.js";
import { agent, load, log, percentile, report, request, round, type Load } from "./lib.js";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const SECRET = "bench-secret-key-of-more-than-thirty-two-characters";

export async function run(args: string[]): Promise<void> {
  const seconds = Number(args[0] ?? 5);
  const clients = Number(args[1] ?? 32);
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_URL;
  const name = `samen_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  const pg = await openDatabase({ url });
  const pglite = await openDatabase({ dataDir: "memory://" });
  try {
    log(`endorsements on PostgreSQL: 1 and ${clients} clients, ${seconds} s a round`);
    const onPg = await endorsements(pg, seconds, clients);
    log(`endorsements on PGlite: 1 and ${clients} clients, ${seconds} s a round`);
    const onPglite = await endorsements(pglite, seconds, clients);
    await pg.ownerExec("analyze");
    log(`GET /campagne against GET /healthz, ${clients} in flight, ${seconds} s a round`);
    const page = await pageAgainstHealthz(url, seconds, clients);
    report("campaign: confirmed endorsements per second, and the campaign page", {
      seconds_per_round: seconds,
      clients,
      pg_one_client_per_s: round(onPg.one, 1),
      pg_many_clients_per_s: round(onPg.many, 1),
      pg_p99_ms: round(onPg.p99, 2),
      ratio_pg_32_to_1: round(onPg.many / onPg.one, 2),
      pg_count_exact: onPg.exact,
      pg_endorsements: onPg.endorsements,
      pglite_one_client_per_s: round(onPglite.one, 1),
      pglite_many_clients_per_s: round(onPglite.many, 1),
      pglite_p99_ms: round(onPglite.p99, 2),
      ratio_pglite_32_to_1: round(onPglite.many / onPglite.one, 2),
      pglite_count_exact: onPglite.exact,
      pglite_endorsements: onPglite.endorsements,
      healthz_per_s: round(page.healthz.perSecond, 1),
      page_per_s: round(page.page.perSecond, 1),
      page_p50_ms: round(page.page.p50, 2),
      page_p99_ms: round(page.page.p99, 2),
      page_non_200: page.page.other,
      ratio_page_to_healthz: round(page.page.perSecond / page.healthz.perSecond, 2),
      p99_ms: round(onPg.p99, 2),
      per_s: round(onPg.many, 1),
    });
  } finally {
    stopAllProcesses();
    agent.destroy();
    await pg.close();
    await pglite.close();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

interface Endorsements {
  one: number;
  many: number;
  p99: number;
  exact: boolean;
  endorsements: number;
}

async function endorsements(database: Database, seconds: number, clients: number): Promise<Endorsements> {
  const deps: CampaignDeps = {
    db: database.db,
    jobs: { send: async () => undefined },
    secretKey: SECRET,
    publicUrl: "http://localhost:3000",
  };
  await endorseFor(deps, 1, 1);
  const rounds: { one: Load; many: Load }[] = [];
  for (let i = 0; i < 2; i++) {
    const one = await endorseFor(deps, seconds, 1);
    const many = await endorseFor(deps, seconds, clients);
    log(`  round ${i + 1}: 1 client ${round(one.perSecond)}/s, ${clients} clients ${round(many.perSecond)}/s`);
    rounds.push({ one, many });
  }
  const best = (pick: (r: { one: Load; many: Load }) => Load) =>
    rounds.map(pick).sort((a, b) => b.perSecond - a.perSecond)[0]!;
  const { exact, total } = await countIsExact(database.db);
  return {
    one: best((r) => r.one).perSecond,
    many: best((r) => r.many).perSecond,
    p99: best((r) => r.many).p99,
    exact,
    endorsements: total,
  };
}

let sequence = 0;

/** `clients` loops endorsing and confirming, each the next after the last, for `seconds`. */
async function endorseFor(deps: CampaignDeps, seconds: number, clients: number): Promise<Load> {
  const until = performance.now() + seconds * 1000;
  const ms: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const n = ++sequence;
        const begun = performance.now();
        const { token } = await requestEndorsement(deps, {
          email: `bench-${n}@example.nl`,
          locale: "nl",
          endorser: {
            role: endorserRoles[n % endorserRoles.length]!,
            name: `Onderschrijver ${n}`,
            organisation: "",
            ...municipalityNamed(municipalities[n % municipalities.length]!)!,
            public: n % 2 === 0,
          },
        });
        const confirmed = await confirmEndorsement(deps.db, token);
        if (!confirmed.ok) throw new Error(`confirmation refused: ${confirmed.reason}`);
        ms.push(performance.now() - begun);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { perSecond: ms.length / elapsed, p50: percentile(ms, 50), p99: percentile(ms, 99), other: 0 };
}

/** The slots summed against count(*) over the endorsements, per role and province. */
async function countIsExact(db: Db): Promise<{ exact: boolean; total: number }> {
  const counted = await campaignCount(db);
  const rows = rowsOf<{ role: string; province: string; n: number }>(
    await db.execute(sql`select role, province, count(*)::int as n from campaign_endorsements group by role, province`),
  );
  const byRole = new Map<string, number>();
  const byProvince = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    total += row.n;
    byRole.set(row.role, (byRole.get(row.role) ?? 0) + row.n);
    byProvince.set(row.province, (byProvince.get(row.province) ?? 0) + row.n);
  }
  const exact =
    counted.total === total &&
    Object.entries(counted.byRole).every(([role, n]) => (byRole.get(role) ?? 0) === n) &&
    Object.entries(counted.byProvince).every(([province, n]) => (byProvince.get(province) ?? 0) === n);
  log(`  count ${counted.total}, endorsements ${total}: ${exact ? "exact" : "NOT EXACT"}`);
  return { exact, total };
}

async function pageAgainstHealthz(url: string, seconds: number, concurrency: number) {
  const server = await startServer({ DATABASE_URL: url, LOG_LEVEL: "warn", DEMO: "false" });
  const page = await request(new URL("/campagne", server.url));
  if (page.status !== 200 || !page.body.includes("onderschrijven de oproep"))
    throw new Error("the campaign page did not answer");
  await load(server.url, "/healthz", 2, concurrency);
  await load(server.url, "/campagne", 2, concurrency);
  const rounds: { healthz: Load; page: Load }[] = [];
  for (let i = 0; i < 2; i++) {
    const healthz = await load(server.url, "/healthz", seconds, concurrency);
    const campaign = await load(server.url, "/campagne", seconds, concurrency);
    log(`  round ${i + 1}: healthz ${round(healthz.perSecond)}/s, /campagne ${round(campaign.perSecond)}/s`);
    rounds.push({ healthz, page: campaign });
  }
  const best = (pick: (r: { healthz: Load; page: Load }) => Load) =>
    rounds.map(pick).sort((a, b) => b.perSecond - a.perSecond)[0]!;
  return { healthz: best((r) => r.healthz), page: best((r) => r.page) };
}
