/**
 * `npm run bench -- digest [people]`: the hourly digest job over `people` accounts (default
 * 20,000), each with two mails held for a digest due at 08:00, on the PostgreSQL server of
 * DATABASE_URL (default the local one) in a fresh database dropped afterwards. Prints digests per
 * second and the growth of the process's memory (RSS, sampled every 50 ms, peak against before):
 * it should stay flat as `people` grows, the job holding one batch at a time. The queue counts
 * the delivery jobs instead of inserting them into pg-boss (delivery is not measured here).
 * Issue 13's target: 200,000 guardians in at most 10 minutes (333/s).
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { and, count, eq, isNull } from "drizzle-orm";
import { outbox } from "../src/db/schema/index.js";
import "../src/features/index.js";
import { openDatabase } from "../src/db/client.js";
import { localToUtc } from "../src/lib/time/zone.js";
import { schoolToday } from "../src/lib/time/school-date.js";
import { sendDigests } from "../src/notifications/digest.js";
import type { Jobs } from "../src/jobs/queue.js";
import { adminQuery, withDatabase } from "../tests/helpers/database.js";
import { log, report, round, rssMb } from "./lib.js";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export async function run(args: string[]): Promise<void> {
  const people = Number(args[0] ?? 20_000);
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_URL;
  const name = `samen_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const database = await openDatabase({ url: withDatabase(serverUrl, name) });
  try {
    log(`${people} people, two held mails each`);
    await database.ownerExec(`
      insert into users (email, name, locale)
        select 'ouder' || i || '@example.nl', 'Ouder ' || i, case when i % 5 = 0 then 'en' end
        from generate_series(1, ${people}) i;
      insert into notification_preferences (user_id, digest_hour) select id, 8 from users;
      insert into outbox ("to", subject, text, kind, user_id, locale, held_for_digest)
        select email, 'Nieuw plan ' || n, 'Beste ouder,\n\nHet plan is bijgewerkt: https://samen.example/plan/for-parents',
               'plan.published', id, 'nl', true
        from users, generate_series(1, 2) n;
      analyze;`);
    let queued = 0;
    const jobs: Pick<Jobs, "send"> = {
      send: async (_executor, _job, data) => void (queued += (data as { ids: string[] }).ids.length),
    };
    const at = localToUtc(schoolToday(), "08:30");
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed / 1024 / 1024;
    const before = rssMb();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
    const started = performance.now();
    const sent = await sendDigests(database.db, jobs, at);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    global.gc?.();
    // With node --expose-gc: what the run kept, garbage collected (flat means nothing per person is kept).
    const heapKept = global.gc ? round(process.memoryUsage().heapUsed / 1024 / 1024 - heapBefore, 1) : "n/a";
    const again = await sendDigests(database.db, jobs, at);
    const [left] = await database.db
      .select({ n: count() })
      .from(outbox)
      .where(and(eq(outbox.heldForDigest, true), isNull(outbox.digestId)));
    report("daily digest", {
      people,
      digests: sent,
      queued,
      second_run_digests: again,
      held_left: left?.n ?? -1,
      seconds: round(seconds, 1),
      per_s: round(sent / seconds, 0),
      rss_growth_mb: round(peak - before, 1),
      heap_kept_mb: heapKept,
      projected_200k_minutes: round(200_000 / (sent / seconds) / 60, 1),
    });
  } finally {
    await database.close();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
