/**
 * `npm run bench -- digest [people]`: the hourly digest job over `people` accounts (default
 * 20,000), guardians spread over one organisation per thousand, each with news in the digest and
 * two mails held for a digest due at 08:00, on the PostgreSQL server of DATABASE_URL (default the
 * local one) in a fresh database dropped afterwards. Prints digests per second and the process's
 * memory: the RSS and the heap in use (sampled every 50 ms, peak against before), which include
 * garbage V8 collects when it sees fit, and the live heap (after a full collection) inside the
 * first batch, the one passing a tenth of the people and the last: that must stay flat as
 * `people` grows, the job holding one batch at a time. The queue counts the delivery jobs instead
 * of inserting them into pg-boss (delivery is not measured here; `npm run bench -- communication`
 * queues them for real). Issue 13's target: 200,000 guardians in at most 10 minutes (333/s).
 */
import { performance } from "node:perf_hooks";
import { and, count, eq, isNull } from "drizzle-orm";
import { outbox } from "../src/db/schema/index.js";
import "../src/features/index.js";
import type { Database } from "../src/db/client.js";
import { localToUtc } from "../src/lib/time/zone.js";
import { schoolToday } from "../src/lib/time/school-date.js";
import { sendDigests } from "../src/notifications/digest.js";
import type { Jobs } from "../src/jobs/queue.js";
import { freshDatabase, heapUsedMb, liveHeapMb, log, report, round, watchPeak, watchRss } from "./lib.js";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const HELD_PER_PERSON = 2;

export async function run(args: string[]): Promise<void> {
  const people = Number(args[0] ?? 20_000);
  const fresh = await freshDatabase(process.env.DATABASE_URL ?? DEFAULT_URL);
  try {
    const organisations = Math.max(1, Math.round(people / 1000));
    log(`${people} people in ${organisations} organisations, ${HELD_PER_PERSON} held mails each`);
    await seedHeldMail(fresh.database, { people, organisations });
    let queued = 0;
    const jobs: Pick<Jobs, "send"> = {
      send: async (_executor, _job, data) => void (queued += (data as { ids: string[] }).ids.length),
    };
    const figures = await measureDigest(fresh.database, jobs, people);
    report("daily digest", {
      people,
      digests: figures.digests,
      queued,
      second_run_digests: figures.secondRunDigests,
      held_left: figures.heldLeft,
      seconds: round(figures.ms / 1000, 1),
      per_s: round(figures.perSecond, 0),
      ...memoryFigures(figures),
      projected_200k_minutes: round(200_000 / figures.perSecond / 60, 1),
    });
  } finally {
    await fresh.drop();
  }
}

/**
 * A platform in bulk SQL: `organisations` schools and `people` guardians with an account spread
 * over them, each with news in the daily digest at 08:00 and two news mails held for it.
 */
export async function seedHeldMail(database: Database, at: { people: number; organisations: number }) {
  const { people, organisations } = at;
  await database.ownerExec(`
    insert into organisations (id, type, name, registration_code)
      select md5('digest-org-' || o)::uuid, 'primary', 'School ' || o, 'DIGEST' || o from generate_series(1, ${organisations}) o;
    insert into users (id, email, name, locale)
      select md5('digest-user-' || i)::uuid, 'ouder' || i || '@example.nl', 'Ouder ' || i, case when i % 5 = 0 then 'en' end
      from generate_series(1, ${people}) i;
    insert into guardians (org_id, user_id, name, email)
      select md5('digest-org-' || (1 + i % ${organisations}))::uuid, md5('digest-user-' || i)::uuid, 'Ouder ' || i,
             'ouder' || i || '@example.nl'
      from generate_series(1, ${people}) i;
    insert into notification_preferences (user_id, digest_hour) select id, 8 from users;
    insert into notification_settings (user_id, kind, delivery) select id, 'news.published', 'digest' from users;
    insert into outbox ("to", subject, text, kind, user_id, locale, held_for_digest)
      select email, 'Nieuws: uitje groep ' || n,
             'Beste ouder,\n\nEr is nieuws van de school: https://samen.example/news/' || md5(email || n)::uuid,
             'news.published', id, 'nl', true
      from users, generate_series(1, ${HELD_PER_PERSON}) n;
    analyze;`);
}

export interface DigestFigures {
  digests: number;
  secondRunDigests: number;
  heldLeft: number;
  ms: number;
  perSecond: number;
  /** This process's peak resident memory during the run against before. */
  rssGrowthMb: number;
  /** The peak heap in use during the run against before, garbage V8 has not collected yet included. */
  heapPeakMb: number;
  /** What the run holds (heap after a full collection, against before) while in its first batch, … */
  heapLiveFirstBatchMb: number;
  /** … in the batch that passed a tenth of the people, … */
  heapLiveTenthMb: number;
  /** … and in its last batch: flat means the same as in the first, whatever the number of people. */
  heapLiveLastBatchMb: number;
  /** The heap the run left behind, after a collection. */
  heapKeptMb: number;
}

/**
 * Runs the digest due at 08:30 today through `jobs`, then once more (which must send nothing).
 * `people` is how many should get one: the live heap is measured inside the batches that start
 * the run, pass a tenth of them and end it (three full collections, ~0.1–0.3 s each, in the time).
 */
export async function measureDigest(
  database: Database,
  jobs: Pick<Jobs, "send">,
  people: number,
): Promise<DigestFigures> {
  const at = localToUtc(schoolToday(), "08:30");
  const heapBefore = liveHeapMb();
  const rss = watchRss();
  const heap = watchPeak(heapUsedMb);
  const probe = liveHeapProbe(jobs, people, heapBefore);
  const started = performance.now();
  const digests = await sendDigests(database.db, probe.jobs, at);
  const ms = performance.now() - started;
  const rssGrowthMb = rss.stop();
  const heapPeakMb = heap.stop();
  // Flat means nothing per person is kept once the run is over.
  const heapKeptMb = liveHeapMb() - heapBefore;
  const secondRunDigests = await sendDigests(database.db, jobs, at);
  const [left] = await database.db
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.heldForDigest, true), isNull(outbox.digestId)));
  return {
    digests,
    secondRunDigests,
    heldLeft: left?.n ?? -1,
    ms,
    perSecond: digests / (ms / 1000),
    rssGrowthMb,
    heapPeakMb,
    heapKeptMb,
    ...probe.figures,
  };
}

/** The memory figures for a report, in MB, each name after `prefix`. */
export function memoryFigures(figures: DigestFigures, prefix = ""): Record<string, number> {
  const mb = (value: number) => round(value, 1);
  return {
    [`${prefix}rss_growth_mb`]: mb(figures.rssGrowthMb),
    [`${prefix}heap_peak_mb`]: mb(figures.heapPeakMb),
    [`${prefix}heap_live_first_batch_mb`]: mb(figures.heapLiveFirstBatchMb),
    [`${prefix}heap_live_tenth_mb`]: mb(figures.heapLiveTenthMb),
    [`${prefix}heap_live_last_batch_mb`]: mb(figures.heapLiveLastBatchMb),
    [`${prefix}heap_kept_mb`]: mb(figures.heapKeptMb),
  };
}

/**
 * `jobs` whose send(), called by the digest inside each batch's transaction while it holds that
 * batch, measures the live heap in the first batch, the one passing a tenth of `people` and the
 * last one.
 */
function liveHeapProbe(jobs: Pick<Jobs, "send">, people: number, heapBefore: number) {
  const figures = { heapLiveFirstBatchMb: NaN, heapLiveTenthMb: NaN, heapLiveLastBatchMb: NaN };
  const live = () => liveHeapMb() - heapBefore;
  let queued = 0;
  const send: Jobs["send"] = (executor, job, data, options) => {
    const before = queued;
    queued += (data as { ids: string[] }).ids.length;
    if (before === 0) figures.heapLiveFirstBatchMb = live();
    if (before < people / 10 && queued >= people / 10) figures.heapLiveTenthMb = live();
    if (queued >= people) figures.heapLiveLastBatchMb = live();
    return jobs.send(executor, job, data, options);
  };
  return { jobs: { send }, figures };
}
