/**
 * `npm run bench -- booking [families] [groups] [--processes N]`: the whole school books in the
 * same moment.
 * 2,000 families (one child each, 20 groups of 100) post the booking form of one slot all at
 * once over HTTP to the real server on PostgreSQL; 600 slots (each teacher 30), so three or
 * four families want every slot. Prints the answers, the double bookings counted in the
 * database (must be 0), throughput and latency, and, as the baseline, the same bookings in a
 * fresh round one at a time. Then the same bookings once more in a third round, arriving
 * evenly over one minute (the whole school in the minute booking opens). And the floor: as many
 * requests at once to the server's cheapest route, what no booking could beat on this machine,
 * and the lowest ratio to it that the machine's cores allow for the CPU the burst used
 * (`ratio_cpu_bound_to_floor`).
 * With `--processes N` as many server processes share the database, and every request goes to
 * the next of them in turn, as a round-robin proxy would send it (the floor's requests too).
 * Runs in a fresh database that is dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { openDatabase, type Database } from "../src/db/client.js";
// Not tests/helpers/database.ts, which imports vitest (useFixture): a bench runs outside it.
import { query as adminQuery, withDatabase } from "../tests/helpers/postgres-template.js";
import { startServer, stopAllProcesses } from "../tests/helpers/processes.js";
import { inBatches, openBrowser, postBooking, send, type Answer, type Browser } from "./booking/browser.js";
import { createBenchRound, createBenchSchool, type BenchSchool } from "./booking/school.js";
import { agent, cpuSecondsOf, log, percentile, report, request, round, rssOfMb } from "./lib.js";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";
/** The school's scenario as a rush rather than one instant: every family within this many seconds. */
const SPREAD_S = 60;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Planned {
  browser: Browser;
  pupilId: string;
  slotIndex: number;
  groupIndex: number;
}

export async function run(argv: string[]): Promise<void> {
  const { args, processes } = processesOf(argv);
  const groupCount = Number(args[1] ?? 20);
  const familiesPerGroup = Math.round(Number(args[0] ?? 2000) / groupCount);
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_URL;
  const name = `samen_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  const database = await openDatabase({ url });
  try {
    report("booking", await measure(database, url, groupCount, familiesPerGroup, processes));
  } finally {
    stopAllProcesses();
    agent.destroy();
    await database.close();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** `--processes N` (default 1) taken out of the positional arguments. */
function processesOf(argv: string[]): { args: string[]; processes: number } {
  const at = argv.indexOf("--processes");
  if (at === -1) return { args: argv, processes: 1 };
  const processes = Number(argv[at + 1]);
  if (!Number.isInteger(processes) || processes < 1) throw new Error("--processes needs a whole number of at least 1");
  return { args: [...argv.slice(0, at), ...argv.slice(at + 2)], processes };
}

async function measure(
  database: Database,
  url: string,
  groupCount: number,
  familiesPerGroup: number,
  processes: number,
) {
  const { db } = database;
  log(`school: ${groupCount} groups of ${familiesPerGroup} families`);
  const school = await createBenchSchool(db, groupCount, familiesPerGroup);
  const evening = { from: "16:00", to: "21:00" };
  const concurrentRound = await createBenchRound(db, school, { name: "Burst", daysAhead: 10, ...evening });
  const sequentialRound = await createBenchRound(db, school, { name: "One by one", daysAhead: 11, ...evening });
  const minuteRound = await createBenchRound(db, school, { name: "In one minute", daysAhead: 12, ...evening });
  // A school's families are in the database days before booking opens, long enough for
  // autovacuum to have given the planner its statistics; the bench inserted them a moment ago.
  await database.ownerExec("analyze");
  const servers = [];
  for (let i = 0; i < processes; i++) servers.push(await startServer({ DATABASE_URL: url, LOG_LEVEL: "warn" }));
  const bases = servers.map((s) => s.url);
  /** The server the n-th request goes to. */
  const base = (n: number) => bases[n % bases.length]!;
  log(`${processes} server process(es) at ${bases.join(", ")}; signing ${school.families.length} parents in`);
  const page = `/conversations/rounds/${concurrentRound}/book`;
  const browsers = await inBatches(school.families, 20, (f) => openBrowser(db, bases[0]!, f.userId, page));
  const plan = shuffled(
    school.families.map((f, i) => ({
      browser: browsers[i]!,
      pupilId: f.pupilId,
      groupIndex: f.groupIndex,
      slotIndex: f.indexInGroup,
    })),
  );

  const serverPids = servers.map((s) => s.child.pid!);
  const cpu = cpuClock(database, serverPids);
  await cpu.mark();
  const cheapest = await floor(base, plan.length);
  const floorCpu = await cpu.mark();
  const pageRead = await pageBurst(base, plan, concurrentRound);
  const pageCpu = await cpu.mark();
  const slots1 = await slotsByTeacher(database, school, concurrentRound);
  log(`burst: ${plan.length} bookings at once for ${slots1.flat().length} slots`);
  await cpu.mark();
  const started = performance.now();
  // Over new connections, as the floor and the page: the shared agent's sockets from signing in
  // have idled about as long as the server's keep-alive timeout, and one the server closes as the
  // burst reuses it is reset (17 of 2,000 once, when the page burst took 5 s).
  const fresh = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const burst = await Promise.all(plan.map((p, i) => tryBooking(base(i), p, concurrentRound, slots1, fresh)));
  fresh.destroy();
  const seconds = (performance.now() - started) / 1000;
  const burstCpu = await cpu.mark();
  const counts = await countBookings(database, concurrentRound);
  if (!burst.every(answered)) {
    for (const server of servers)
      log(`not every request was answered; a server said:\n${server.output().slice(-3000)}`);
  }

  const slots2 = await slotsByTeacher(database, school, sequentialRound);
  log("the same bookings one at a time in a fresh round");
  const sequential: Outcome[] = [];
  for (const [i, p] of plan.entries()) sequential.push(await tryBooking(base(i), p, sequentialRound, slots2));

  const slots3 = await slotsByTeacher(database, school, minuteRound);
  log(`the same bookings arriving evenly over ${SPREAD_S} s in a fresh round`);
  const spread = await Promise.all(
    plan.map((p, i) =>
      sleep((i * SPREAD_S * 1000) / plan.length).then(() => tryBooking(base(i), p, minuteRound, slots3)),
    ),
  );
  const spreadCounts = await countBookings(database, minuteRound);

  const p99 = latency(burst, 99);
  const sequentialP99 = latency(sequential, 99);
  const perRequest = (seconds: number) => round((seconds * 1000) / plan.length, 2);
  return {
    processes,
    families: school.families.length,
    slots: slots1.flat().length,
    requests_sent: plan.length,
    requests_answered: burst.filter(answered).length,
    booked: burst.filter((a) => a.status === 303).length,
    refused_taken: burst.filter((a) => a.status === 409).length,
    other_answers: otherKinds(burst),
    bookings_in_db: counts.bookings,
    double_booked_slots: counts.doubleSlots,
    double_booked_children: counts.doubleChildren,
    throughput_per_s: round(plan.length / seconds, 1),
    burst_s: round(seconds, 2),
    p50_ms: round(latency(burst, 50), 1),
    p99_ms: round(p99, 1),
    sequential_p50_ms: round(latency(sequential, 50), 1),
    sequential_p99_ms: round(sequentialP99, 1),
    sequential_booked: sequential.filter((a) => a.status === 303).length,
    ratio_p99_concurrent_to_sequential: round(p99 / sequentialP99, 2),
    floor_per_s: round(cheapest.perSecond, 1),
    floor_p50_ms: round(cheapest.p50, 1),
    floor_p99_ms: round(cheapest.p99, 1),
    ratio_p99_concurrent_to_floor: round(p99 / cheapest.p99, 2),
    page_per_s: round(pageRead.perSecond, 1),
    page_p99_ms: round(pageRead.p99, 1),
    ratio_p99_page_to_floor: round(pageRead.p99 / cheapest.p99, 2),
    ratio_p99_concurrent_to_page: round(p99 / pageRead.p99, 2),
    // CPU per request of the server process(es) and of the database's backends, read from /proc
    // around each burst: what the load of a shared machine stretches least.
    floor_server_cpu_ms: perRequest(floorCpu.server),
    page_server_cpu_ms: perRequest(pageCpu.server),
    page_database_cpu_ms: perRequest(pageCpu.database),
    burst_server_cpu_ms: perRequest(burstCpu.server),
    burst_database_cpu_ms: perRequest(burstCpu.database),
    burst_client_cpu_ms: perRequest(burstCpu.client),
    cores: availableParallelism(),
    ratio_cpu_bound_to_floor: round(cpuBound(burstCpu, cheapest.perSecond, plan.length), 2),
    minute_requests_answered: spread.filter(answered).length,
    minute_double_booked: spreadCounts.doubleSlots + spreadCounts.doubleChildren,
    minute_p50_ms: round(latency(spread, 50), 1),
    minute_p99_ms: round(latency(spread, 99), 1),
    ratio_p99_minute_to_sequential: round(latency(spread, 99) / sequentialP99, 2),
    // The server processes' resident memory and CPU time (from their start) once the rounds are over.
    server_rss_mb: round(Math.max(...serverPids.map(rssOfMb)), 0),
    server_cpu_s: round(
      serverPids.reduce((sum, pid) => sum + cpuSecondsOf(pid), 0),
      2,
    ),
  };
}

/**
 * The lowest burst-to-floor ratio this machine allows for what the burst cost: the burst's CPU
 * time (server processes, PostgreSQL backends, this client) spread evenly over every core, over
 * the floor's duration. However many server processes share the work, the burst cannot end
 * sooner. The ratio of p99s runs above it: a burst's last answers come at its end, the floor's
 * p99 before its end.
 */
function cpuBound(
  burst: { server: number; database: number; client: number },
  floorPerSecond: number,
  requests: number,
): number {
  const shortestBurstS = (burst.server + burst.database + burst.client) / availableParallelism();
  const floorS = requests / floorPerSecond;
  return shortestBurstS / floorS;
}

/**
 * The same number of requests at once to GET /healthz (no session, no database, a few bytes of
 * JSON), over new connections as in the burst, through an agent of its own that is closed after.
 */
async function floor(base: (n: number) => string, count: number) {
  const fresh = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  try {
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: count }, (_, i) => request(new URL("/healthz", base(i)), { agent: fresh })),
    );
    const perSecond = count / ((performance.now() - started) / 1000);
    if (answers.some((a) => a.status !== 200)) throw new Error("GET /healthz did not answer 200 every time");
    const ms = answers.map((a) => a.ms);
    log(`floor: ${count} × GET /healthz at once, p99 ${round(percentile(ms, 99))} ms`);
    return { perSecond, p50: percentile(ms, 50), p99: percentile(ms, 99) };
  } finally {
    fresh.destroy();
  }
}

/**
 * The same number of parents opening the round's booking page at once: a signed-in page that
 * reads the round and the family and writes nothing. What a booking costs beyond it is the
 * booking's own; what it costs beyond the floor is the price of any signed-in page.
 */
async function pageBurst(base: (n: number) => string, plan: Planned[], roundId: string) {
  const path = `/conversations/rounds/${roundId}/book`;
  // An agent of its own, closed after: its sockets would otherwise idle past the server's
  // keep-alive timeout and be reset when the burst reuses them.
  const fresh = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  try {
    const started = performance.now();
    const answers = await Promise.all(
      plan.map((p, i) => send(base(i), path, { method: "GET", cookie: p.browser.cookie, agent: fresh })),
    );
    const perSecond = plan.length / ((performance.now() - started) / 1000);
    if (answers.some((a) => a.status !== 200)) throw new Error("the booking page did not answer 200 every time");
    const ms = answers.map((a) => a.ms);
    log(`page: ${plan.length} × GET of the booking page at once, p99 ${round(percentile(ms, 99))} ms`);
    return { perSecond, p99: percentile(ms, 99) };
  } finally {
    fresh.destroy();
  }
}

/**
 * CPU seconds since the previous mark, of the server processes, of the PostgreSQL backends
 * connected to the bench's database (the bench's own connection among them, idle meanwhile), and
 * of this process, the client that sends the requests.
 */
function cpuClock(database: Database, serverPids: number[]) {
  let last = { server: 0, database: 0, client: 0 };
  const backends = async () => {
    const { rows } = await database.ownerSql(
      "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
    );
    return (rows as { pid: number }[]).map((r) => r.pid);
  };
  const sum = (pids: number[]) => pids.reduce((total, pid) => total + (cpuSecondsOf(pid) || 0), 0);
  let known = new Set<number>();
  return {
    async mark() {
      // Backends that ended since the last mark took their CPU with them; the pool keeps its ten.
      for (const pid of await backends()) known.add(pid);
      const own = process.cpuUsage();
      const now = { server: sum(serverPids), database: sum([...known]), client: (own.user + own.system) / 1e6 };
      const spent = {
        server: now.server - last.server,
        database: now.database - last.database,
        client: now.client - last.client,
      };
      last = now;
      known = new Set([...known].filter((pid) => !Number.isNaN(cpuSecondsOf(pid))));
      return spent;
    },
  };
}

type Outcome = Answer & { error?: string };

/** One family's booking; a request the server never answered is kept with its network error. */
function tryBooking(
  base: string,
  p: Planned,
  roundId: string,
  slots: string[][],
  agent?: http.Agent,
): Promise<Outcome> {
  return postBooking(base, p.browser, roundId, pick(p, slots), agent).catch((error: NodeJS.ErrnoException) => ({
    status: 0,
    ms: Number.NaN,
    error: error.code ?? error.message,
  }));
}

/** A definite answer: booked (303 to the confirmation) or taken (409 with the alternatives). */
const answered = (a: Outcome) => a.status === 303 || a.status === 409;

/** The p-th percentile of the latencies of the answered requests. */
const latency = (outcomes: Outcome[], p: number) =>
  percentile(
    outcomes.filter(answered).map((a) => a.ms),
    p,
  );

/** The answers that were neither booked nor taken, counted by status or network error. */
function otherKinds(answers: Outcome[]): string {
  const counts = new Map<string, number>();
  for (const a of answers.filter((x) => !answered(x))) {
    const kind = a.error ?? String(a.status);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${kind}:${n}`).join(" ") || "none";
}

/** Family n of a group wants its teacher's slot n mod the teacher's slot count. */
function pick(p: Planned, slots: string[][]) {
  const mine = slots[p.groupIndex]!;
  return { pupilId: p.pupilId, slotId: mine[p.slotIndex % mine.length]! };
}

/** The round's slot ids per teacher (in the order of the school's groups), by start. */
async function slotsByTeacher(database: Database, school: BenchSchool, roundId: string): Promise<string[][]> {
  const { rows } = await database.ownerSql(
    "select teacher_id, id from conversation_slots where round_id = $1 order by starts_at, id",
    [roundId],
  );
  const typed = rows as { teacher_id: string; id: string }[];
  return school.teacherIds.map((teacherId) => typed.filter((r) => r.teacher_id === teacherId).map((r) => r.id));
}

/** Bookings of the round, slots held more than once and children booked more than once. */
async function countBookings(database: Database, roundId: string) {
  const { rows } = await database.ownerSql(
    `select
       (select count(*) from conversation_bookings where round_id = $1)::int as bookings,
       (select count(*) from (select 1 from conversation_bookings where round_id = $1
          group by org_id, slot_id having count(*) > 1) s)::int as "doubleSlots",
       (select count(*) from (select 1 from conversation_bookings where round_id = $1
          group by org_id, pupil_id having count(*) > 1) c)::int as "doubleChildren"`,
    [roundId],
  );
  return rows[0] as { bookings: number; doubleSlots: number; doubleChildren: number };
}

/** A fixed shuffle, so runs compare: families of all groups arrive mixed. */
function shuffled<T>(items: T[]): T[] {
  const result = [...items];
  let seed = 42;
  for (let i = result.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
