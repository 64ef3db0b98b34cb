/**
 * `npm run bench -- certificate [seconds] [concurrency]`: the public verification page
 * /certificaat/<code> against GET /healthz (no session, no database, a few bytes of JSON) on the
 * same server in the same run: requests per second with `concurrency` requests in flight for
 * `seconds` each, in two alternating rounds (healthz, page, healthz, page) so a slower moment of a
 * shared machine weighs on both; the ratio of the page's best round to healthz's best is the
 * figure (issue 12: at least 0.5). Then, one request at a time, a revoked code against an unknown
 * one, to show they take the same time. The rate limit stays on, raised out of the way
 * (VERIFY_RATE_LIMIT), so its counting is part of what is measured. A platform of 2,000 certified
 * organisations, so the code is found in an index of that size. Runs on the PostgreSQL server of
 * DATABASE_URL (default the local one) in a fresh database that is dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { openDatabase, withOrg, type Db } from "../src/db/client.js";
import { certificates, organisations, trajectories } from "../src/db/schema/index.js";
import { newCode } from "../src/features/certification/domain/code.js";
// Not tests/helpers/database.ts, which imports vitest (useFixture): a bench runs outside it.
import { query as adminQuery, withDatabase } from "../tests/helpers/postgres-template.js";
import { startServer, stopAllProcesses } from "../tests/helpers/processes.js";
import { agent, load, log, percentile, report, request, round, type Load } from "./lib.js";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const ORGANISATIONS = 2000;

export async function run(args: string[]): Promise<void> {
  const seconds = Number(args[0] ?? 8);
  const concurrency = Number(args[1] ?? 32);
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_URL;
  const name = `samen_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  const database = await openDatabase({ url });
  try {
    log(`platform: ${ORGANISATIONS} organisations with a certificate`);
    const codes = await certifiedPlatform(database.db);
    await database.ownerExec("analyze");
    const server = await startServer({ DATABASE_URL: url, LOG_LEVEL: "warn", VERIFY_RATE_LIMIT: "1000000000" });
    const page = `/certificaat/${codes.valid}`;
    if (!(await request(new URL(page, server.url))).body.includes("Dit certificaat is geldig."))
      throw new Error("the verification page did not say valid");
    await load(server.url, "/healthz", 2, concurrency);
    await load(server.url, page, 2, concurrency);
    const rounds: { healthz: Load; verify: Load }[] = [];
    for (let i = 0; i < 2; i++) {
      const healthz = await load(server.url, "/healthz", seconds, concurrency);
      const verify = await load(server.url, page, seconds, concurrency);
      log(`round ${i + 1}: healthz ${round(healthz.perSecond)}/s, page ${round(verify.perSecond)}/s`);
      rounds.push({ healthz, verify });
    }
    const best = (pick: (r: { healthz: Load; verify: Load }) => Load) =>
      rounds.map(pick).sort((a, b) => b.perSecond - a.perSecond)[0]!;
    const healthz = best((r) => r.healthz);
    const verify = best((r) => r.verify);
    const revoked = await oneAtATime(server.url, `/certificaat/${codes.revoked}`, 300);
    const unknown = await oneAtATime(server.url, `/certificaat/${newCode()}`, 300);
    report("certificate verification page", {
      organisations: ORGANISATIONS,
      seconds_per_round: seconds,
      concurrency,
      healthz_per_s: round(healthz.perSecond, 1),
      healthz_p50_ms: round(healthz.p50, 2),
      healthz_p99_ms: round(healthz.p99, 2),
      verify_per_s: round(verify.perSecond, 1),
      verify_p50_ms: round(verify.p50, 2),
      verify_p99_ms: round(verify.p99, 2),
      verify_non_200: verify.other,
      ratio_verify_to_healthz: round(verify.perSecond / healthz.perSecond, 2),
      revoked_p50_ms: round(revoked, 2),
      unknown_p50_ms: round(unknown, 2),
    });
  } finally {
    stopAllProcesses();
    agent.destroy();
    await database.close();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** Organisations each with an ended trajectory and its certificate; one of them revoked. */
async function certifiedPlatform(db: Db): Promise<{ valid: string; revoked: string }> {
  const orgs = await db
    .insert(organisations)
    .values(
      Array.from({ length: ORGANISATIONS }, (_, i) => ({ type: "primary" as const, name: `Basisschool ${i + 1}` })),
    )
    .returning({ id: organisations.id });
  const codes: string[] = [];
  for (const [i, { id: orgId }] of orgs.entries()) {
    await withOrg(db, { orgId, userId: null }, async (tx) => {
      const [trajectory] = await tx.insert(trajectories).values({ orgId, endedAt: new Date() }).returning();
      const code = newCode();
      codes.push(code);
      await tx.insert(certificates).values({
        orgId,
        trajectoryId: trajectory!.id,
        code,
        awardedOn: "2026-07-01",
        validUntil: "2099-07-01",
        listed: i % 2 === 0,
        ...(i === 1 ? { revokedAt: new Date(), revokedReason: "bench" } : {}),
      });
    });
  }
  return { valid: codes[ORGANISATIONS - 1]!, revoked: codes[1]! };
}

/** The median milliseconds of `count` requests one after another. */
async function oneAtATime(base: string, path: string, count: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < count; i++) ms.push((await request(new URL(path, base))).ms);
  return percentile(ms, 50);
}
