/**
 * `npm run bench -- communication [--scale s] [--only fanout,news,digest]`: issue 13's three
 * figures of speed and scale, on the PostgreSQL server of DATABASE_URL (default the local one), in
 * fresh databases dropped afterwards. `--scale 0.1` makes every count a tenth for a quick run.
 *
 * 1. Fan-out. A school of 1,000 families (two guardians with an account each, news mailed at
 *    once) and the real server as its own process (tests/helpers/processes.ts), mailing through a
 *    real SMTP server (the smtp-server package, as the tests do). The school leader posts news to
 *    the whole school through the form, as a browser does; the news-fanout job and the delivery
 *    jobs of that server mail every parent. Timed from the post to the last mail received; the
 *    server's memory (RSS from /proc, peak against just before); and meanwhile a parent's /news,
 *    one request at a time, against the same page measured idle just before.
 * 2. Digest. A platform of 200 schools and 200,000 guardians with news in their daily digest and
 *    two mails held each: the digest job's run (src/notifications/digest.ts) in this process,
 *    queueing its delivery jobs into pg-boss, with this process's memory (bench/digest.ts).
 * 3. News page. The same parent's /news with 500 posts in their school, then with 100,000 on the
 *    platform (199 other schools), inserted with generate_series, then alone again; each measured
 *    over HTTP on the same server, one request at a time (the client's time, so an upper bound of
 *    the server's), with /healthz as the floor.
 *
 * NODE_OPTIONS="--cpu-prof --cpu-prof-dir=…" profiles the server too: it is stopped with SIGTERM.
 */
import { performance } from "node:perf_hooks";
import { createSession } from "../src/auth/sessions.js";
import { newToken } from "../src/auth/tokens.js";
import type { Database } from "../src/db/client.js";
import "../src/features/index.js";
import type { Jobs } from "../src/jobs/queue.js";
import { startJobs } from "../src/jobs/queue.js";
import { createLogger } from "../src/logger.js";
import { deliverMailJob } from "../src/mail/jobs.js";
import { FORM_TOKEN_FIELD } from "../src/web/once-per-form.js";
import { startSmtp, type TestSmtp } from "../tests/helpers/smtp.js";
import { startServer, stopAllProcesses, type Server } from "../tests/helpers/processes.js";
import { send } from "./booking/browser.js";
import { measureDigest, memoryFigures, seedHeldMail } from "./digest.js";
import { agent, freshDatabase, log, percentile, report, round, watchRss } from "./lib.js";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const PARTS = ["fanout", "digest", "news"] as const;
type Part = (typeof PARTS)[number];

/** The school of the fan-out and of the news page. */
const ORG = "00000000-0000-4000-8000-00000000f001";
const YEAR = "00000000-0000-4000-8000-00000000f002";
const LEADER = "00000000-0000-4000-8000-00000000f003";
const GROUPS = 8;
/** Guardian 1, a parent of a child in group 2: the reader of /news. */
const PARENT = "md5('fan-user-1')::uuid";

/** The probe's pause between two requests (one at a time, idle and during the fan-out alike). */
const PROBE_PAUSE_MS = 20;
const IDLE_MS = 10_000;
const FANOUT_TIMEOUT_MS = 10 * 60_000;
const NEWS_SAMPLES = 200;
const ORG_POSTS = 500;
const POSTS_PER_SCHOOL = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Options {
  scale: number;
  parts: Set<Part>;
}

function optionsOf(argv: string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at === -1 ? undefined : argv[at + 1];
  };
  const scale = Number(value("--scale") ?? 1);
  if (!(scale > 0 && scale <= 1)) throw new Error("--scale needs a number above 0 and at most 1");
  const only = value("--only")?.split(",") ?? [...PARTS];
  const unknown = only.filter((part) => !PARTS.includes(part as Part));
  if (unknown.length) throw new Error(`--only takes ${PARTS.join(", ")}; not ${unknown.join(", ")}`);
  return { scale, parts: new Set(only as Part[]) };
}

export async function run(argv: string[]): Promise<void> {
  const { scale, parts } = optionsOf(argv);
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_URL;
  const figures: Record<string, number | string | boolean> = { scale };
  if (parts.has("fanout") || parts.has("news")) {
    const fresh = await freshDatabase(serverUrl);
    const smtp = await startSmtp();
    let server: Server | undefined;
    try {
      const families = Math.max(10, Math.round(1000 * scale));
      log(`school: ${families} families, ${2 * families} guardians with an account, ${GROUPS} groups`);
      await seedSchool(fresh.database, families);
      server = await startServer({ DATABASE_URL: fresh.url, SMTP_URL: smtp.url, LOG_LEVEL: "warn" });
      const parent = await signedIn(fresh.database, server, PARENT);
      const leader = await signedIn(fresh.database, server, `'${LEADER}'::uuid`);
      if (parts.has("fanout")) Object.assign(figures, await fanOut(server, smtp, leader, parent, 2 * families));
      if (parts.has("news")) {
        const schools = Math.max(2, Math.round(200 * scale));
        Object.assign(figures, await newsPage(fresh.database, server, parent, schools));
      }
    } finally {
      agent.destroy();
      if (server) await stopGently(server);
      stopAllProcesses();
      await smtp.close();
      await fresh.drop();
    }
  }
  if (parts.has("digest")) Object.assign(figures, await digest(serverUrl, scale));
  report("communication", figures);
}

/**
 * SIGTERM, as a service manager stops it, so that a server run with NODE_OPTIONS=--cpu-prof
 * writes its profile; killed after 15 s all the same.
 */
async function stopGently(server: Server) {
  server.child.kill("SIGTERM");
  await Promise.race([server.exited, sleep(15_000)]);
}

/** The school in bulk SQL: families of one child and two guardians with an account, news at once. */
export async function seedSchool(database: Database, families: number) {
  await database.ownerExec(`
    insert into organisations (id, type, name, registration_code) values ('${ORG}', 'primary', 'De Bench', 'BENCHF');
    insert into school_years (org_id, id, name, starts_on, ends_on)
      values ('${ORG}', '${YEAR}', 'Dit jaar', current_date - 100, current_date + 200);
    insert into groups (org_id, id, school_year_id, name)
      select '${ORG}', md5('fan-group-' || g)::uuid, '${YEAR}', 'Groep ' || g from generate_series(1, ${GROUPS}) g;
    insert into users (id, email, name) values ('${LEADER}', 'directie@bench.example', 'Directeur');
    insert into memberships (org_id, user_id, role) values ('${ORG}', '${LEADER}', 'school_leader');
    insert into users (id, email, name, locale)
      select md5('fan-user-' || i)::uuid, 'ouder' || i || '@bench.example', 'Ouder ' || i,
             case when i % 5 = 0 then 'en' end
      from generate_series(1, ${2 * families}) i;
    insert into notification_settings (user_id, kind, delivery)
      select md5('fan-user-' || i)::uuid, 'news.published', 'now' from generate_series(1, ${2 * families}) i;
    insert into guardians (org_id, id, user_id, name, email)
      select '${ORG}', md5('fan-guardian-' || i)::uuid, md5('fan-user-' || i)::uuid, 'Ouder ' || i, 'ouder' || i || '@bench.example'
      from generate_series(1, ${2 * families}) i;
    insert into pupils (org_id, id, first_name, surname, group_id)
      select '${ORG}', md5('fan-pupil-' || f)::uuid, 'Kind', 'Gezin ' || f, md5('fan-group-' || (1 + f % ${GROUPS}))::uuid
      from generate_series(1, ${families}) f;
    insert into pupil_guardians (org_id, pupil_id, guardian_id)
      select '${ORG}', md5('fan-pupil-' || ((i + 1) / 2))::uuid, md5('fan-guardian-' || i)::uuid
      from generate_series(1, ${2 * families}) i;
    analyze;`);
}

interface Browser {
  cookie: string;
  csrf: string;
}

/** A session made directly (no mailed link), and the CSRF cookie a first page sets. */
async function signedIn(database: Database, server: Server, userSql: string): Promise<Browser> {
  const { rows } = await database.ownerSql(`select ${userSql} as id`);
  const userId = (rows[0] as { id: string }).id;
  const token = await createSession(database.db, {
    userId,
    fullyAuthenticated: true,
    policy: { idleMinutes: 60, absoluteHours: 12 },
    currentOrgId: ORG,
  });
  const session = `samen_session=${token}`;
  const page = await send(server.url, "/news", { method: "GET", cookie: session });
  const csrf = page.setCookies.map((c) => c.split(";")[0]!).find((c) => c.startsWith("samen_csrf="));
  if (page.status !== 200 || !csrf) throw new Error(`/news answered ${page.status} without a CSRF cookie`);
  return { cookie: `${session}; ${csrf}`, csrf: csrf.slice("samen_csrf=".length) };
}

/** One request after another to `path` while `going()`, each after a short pause; their times. */
async function probe(server: Server, browser: Browser, path: string, going: () => boolean) {
  const ms: number[] = [];
  let failures = 0;
  while (going()) {
    const answer = await send(server.url, path, { method: "GET", cookie: browser.cookie });
    if (answer.status === 200) ms.push(answer.ms);
    else failures++;
    await sleep(PROBE_PAUSE_MS);
  }
  return { ms, failures };
}

async function fanOut(server: Server, smtp: TestSmtp, leader: Browser, parent: Browser, expected: number) {
  log("idle: the parent's /news one request at a time");
  await probe(server, parent, "/news", counter(20));
  const idleUntil = performance.now() + IDLE_MS;
  const idle = await probe(server, parent, "/news", () => performance.now() < idleUntil);
  global.gc?.();

  log(`posting news to the whole school: ${expected} parents to mail`);
  const rss = watchRss(server.child.pid!);
  const started = performance.now();
  let firstMailMs = Number.NaN;
  let lastMailMs = Number.NaN;
  let done = false;
  const during = probe(server, parent, "/news", () => !done);
  const answer = await postNews(server, leader);
  if (answer.status !== 303) throw new Error(`posting news answered ${answer.status}:\n${answer.body.slice(0, 2000)}`);
  const postedMs = performance.now() - started;
  while (smtp.received.length < expected && performance.now() - started < FANOUT_TIMEOUT_MS) {
    if (Number.isNaN(firstMailMs) && smtp.received.length > 0) firstMailMs = performance.now() - started;
    await sleep(5);
  }
  if (smtp.received.length >= expected) lastMailMs = performance.now() - started;
  done = true;
  const rssGrowth = rss.stop();
  const busy = await during;
  // Anything still coming (a second mail to someone) arrives within a moment.
  await sleep(2_000);
  const recipients = new Set(smtp.received.flatMap((mail) => mail.to));
  const idleP99 = percentile(idle.ms, 99);
  const busyP99 = percentile(busy.ms, 99);
  if (smtp.received.length < expected)
    log(`only ${smtp.received.length} mails arrived:\n${server.output().slice(-3000)}`);
  return {
    fanout_parents: expected,
    fanout_mails_received: smtp.received.length,
    fanout_parents_mailed: recipients.size,
    fanout_post_answer_ms: round(postedMs, 0),
    fanout_first_mail_ms: round(firstMailMs, 0),
    fanout_ms: round(lastMailMs, 0),
    fanout_mails_per_s: round(expected / (lastMailMs / 1000), 1),
    server_rss_before_mb: round(rss.before, 1),
    fanout_rss_growth_mb: round(rssGrowth, 1),
    idle_requests: idle.ms.length,
    idle_p50_ms: round(percentile(idle.ms, 50), 1),
    idle_p99_ms: round(idleP99, 1),
    during_fanout_requests: busy.ms.length,
    during_fanout_p50_ms: round(percentile(busy.ms, 50), 1),
    during_fanout_p99_ms: round(busyP99, 1),
    probe_failures: idle.failures + busy.failures,
    ratio_p99_during_fanout_to_idle: round(busyP99 / idleP99, 2),
  };
}

/** The school leader's post to the whole school, published now, through the form (multipart, as a browser sends it). */
async function postNews(server: Server, leader: Browser) {
  const form = new FormData();
  const body = [
    "Beste ouders,",
    "Volgende week vrijdag gaan **alle groepen** op schoolreis naar de dierentuin. De bussen vertrekken om " +
      "8.30 uur; wilt u zorgen dat uw kind om 8.15 uur op school is, met een lunchpakket en iets te drinken?",
    "- Regenkleding mee bij slecht weer\n- Geen snoep of geld mee\n- Terug rond 15.30 uur",
    "Vragen? Reageer onder dit bericht of spreek de leerkracht aan.",
  ].join("\n\n");
  const fields = { title: "Schoolreis naar de dierentuin", body, audience: "all", publish: "now", reactionsOpen: "on" };
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append("_csrf", leader.csrf);
  form.append(FORM_TOKEN_FIELD, newToken());
  const response = await fetch(new URL("/news/new", server.url), {
    method: "POST",
    body: form,
    headers: { cookie: leader.cookie, origin: server.url },
    redirect: "manual",
  });
  return { status: response.status, body: await response.text() };
}

/** True for the first n calls. */
function counter(n: number): () => boolean {
  let left = n;
  return () => left-- > 0;
}

/**
 * The parent's /news with their school's posts alone, then with the platform's, then alone again
 * (the other schools' posts deleted), so that a load drifting during the run weighs on both sides
 * of the ratio alike; /healthz of the same server as the floor.
 */
async function newsPage(database: Database, server: Server, parent: Browser, schools: number) {
  log(`news: ${ORG_POSTS} posts in the parent's school`);
  await seedSchoolNews(database);
  const alone = await timesOf(server, parent, "/news");
  log(`news: ${schools - 1} other schools with ${POSTS_PER_SCHOOL} posts each`);
  await seedPlatformNews(database, schools);
  const { rows } = await database.ownerSql("select count(*)::int as n from news_posts");
  const platform = await timesOf(server, parent, "/news");
  log("news: the other schools' posts deleted, the school alone again");
  await database.ownerExec(`delete from news_posts where org_id <> '${ORG}'; analyze news_posts, news_post_groups;`);
  const again = await timesOf(server, parent, "/news");
  const floor = await timesOf(server, parent, "/healthz");
  return {
    news_posts_in_school: ORG_POSTS,
    news_posts_on_platform: (rows[0] as { n: number }).n,
    news_school_p50_ms: round(alone.p50, 1),
    news_school_p99_ms: round(alone.p99, 1),
    news_platform_p50_ms: round(platform.p50, 1),
    news_platform_p99_ms: round(platform.p99, 1),
    news_school_again_p50_ms: round(again.p50, 1),
    healthz_p50_ms: round(floor.p50, 1),
    ratio_news_platform_to_org: round(platform.p50 / ((alone.p50 + again.p50) / 2), 2),
  };
}

/** The school's posts up to ORG_POSTS (beside the fan-out's), every other one read by the parent. */
export async function seedSchoolNews(database: Database) {
  const { rows } = await database.ownerSql("select count(*)::int as n from news_posts where org_id = $1", [ORG]);
  const existing = (rows[0] as { n: number }).n;
  const group = `md5('fan-group-' || (1 + i % ${GROUPS}))`;
  await database.ownerExec(postsSql(`'${ORG}'::uuid`, "'fan'", ORG_POSTS - existing, group));
  await database.ownerExec(`
    insert into news_reads (org_id, post_id, user_id)
      select org_id, id, ${PARENT} from news_posts where org_id = '${ORG}' and publish_at <= now() and random() < 0.5
      on conflict do nothing;
    analyze;`);
}

/** `schools - 1` other schools, each with a school year, its groups and POSTS_PER_SCHOOL posts. */
export async function seedPlatformNews(database: Database, schools: number) {
  const others = `generate_series(1, ${schools - 1}) o`;
  await database.ownerExec(`
    insert into organisations (id, type, name, registration_code)
      select md5('news-org-' || o)::uuid, 'primary', 'School ' || o, 'NEWS' || o from ${others};
    insert into school_years (org_id, id, name, starts_on, ends_on)
      select md5('news-org-' || o)::uuid, md5('news-year-' || o)::uuid, 'Dit jaar', current_date - 100, current_date + 200
      from ${others};
    insert into groups (org_id, id, school_year_id, name)
      select md5('news-org-' || o)::uuid, md5('news-group-' || o || '-' || g)::uuid, md5('news-year-' || o)::uuid, 'Groep ' || g
      from ${others}, generate_series(1, ${GROUPS}) g;`);
  const group = `md5('news-group-' || o || '-' || (1 + i % ${GROUPS}))`;
  await database.ownerExec(
    postsSql("md5('news-org-' || o)::uuid", "'news-' || o", POSTS_PER_SCHOOL, group, `${others},`),
  );
  await database.ownerExec("analyze");
}

/**
 * `count` posts per school in bulk: six in ten for the whole school, three for one group, one for
 * staff; the newest first by an hour each, a few pinned, every 50th scheduled for tomorrow and
 * every 37th a draft; the groups' posts with their group.
 */
function postsSql(orgSql: string, prefixSql: string, count: number, groupSql: string, schoolsFrom = "") {
  const id = `md5(${prefixSql} || '-post-' || i)::uuid`;
  return `
    insert into news_posts (org_id, id, author_id, audience, title, body, publish_at, pinned, notified_at)
      select ${orgSql}, ${id}, '${LEADER}',
             case when i % 10 < 6 then 'all' when i % 10 < 9 then 'groups' else 'staff' end,
             'Nieuws ' || i, 'Beste ouders, dit is bericht ' || i || ' van de school.',
             case when i % 37 = 0 then null when i % 50 = 0 then now() + interval '1 day'
                  else now() - make_interval(hours => i) end,
             i <= 3, case when i % 37 = 0 or i % 50 = 0 then null else now() end
      from ${schoolsFrom} generate_series(1, ${count}) i;
    insert into news_post_groups (org_id, post_id, group_id)
      select ${orgSql}, ${id}, ${groupSql}::uuid
      from ${schoolsFrom} generate_series(1, ${count}) i where i % 10 between 6 and 8;`;
}

/** A page for the parent, one request at a time after a warm-up. */
async function timesOf(server: Server, parent: Browser, path: string) {
  await probe(server, parent, path, counter(20));
  const { ms, failures } = await probe(server, parent, path, counter(NEWS_SAMPLES));
  if (failures) throw new Error(`${path} failed ${failures} times`);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

/** The daily digest of the platform, queued into pg-boss for real (bench/digest.ts). */
async function digest(serverUrl: string, scale: number) {
  const people = Math.round(200_000 * scale);
  const organisations = Math.max(1, Math.round(200 * scale));
  const fresh = await freshDatabase(serverUrl);
  let jobs: Jobs | undefined;
  try {
    log(`digest: ${people} guardians in ${organisations} schools, two mails held each`);
    await seedHeldMail(fresh.database, { people, organisations });
    jobs = await startJobs(fresh.database, createLogger("warn"), [deliverMailJob]);
    const queue = jobs;
    let queued = 0;
    const counting: Pick<Jobs, "send"> = {
      send: (executor, job, data, options) => {
        queued += (data as { ids: string[] }).ids.length;
        return queue.send(executor, job, data, options);
      },
    };
    log("digest: the job's run");
    const figures = await measureDigest(fresh.database, counting, people);
    const { rows } = await fresh.database.ownerSql("select count(*)::int as n from pgboss.job where name = $1", [
      deliverMailJob.name,
    ]);
    return {
      digest_people: people,
      digest_digests: figures.digests,
      digest_mails_queued: queued,
      digest_delivery_jobs: (rows[0] as { n: number }).n,
      digest_second_run: figures.secondRunDigests,
      digest_held_left: figures.heldLeft,
      digest_ms: round(figures.ms, 0),
      digest_per_s: round(figures.perSecond, 0),
      ...memoryFigures(figures, "digest_"),
    };
  } finally {
    await jobs?.stop();
    await fresh.drop();
  }
}
