/** Small helpers shared by the benches: timing, percentiles, memory, a fresh database and the report. */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { openDatabase, type Database } from "../src/db/client.js";
// Not tests/helpers/database.ts, which imports vitest (useFixture): a bench runs outside it.
import { query as adminQuery, withDatabase } from "../tests/helpers/postgres-template.js";

/** Milliseconds one call of fn takes. */
export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** The p-th percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Runs fn `times` times after `warmup` untimed runs; returns each run's milliseconds. */
export async function sample(fn: () => Promise<unknown>, times: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push(await timeMs(fn));
  return runs;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Resident set size in MB, for memory-growth figures. */
export const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

/** Prints one human line per figure, then the figures as one JSON line (the last line). */
export function report(title: string, figures: Record<string, number | string | boolean>): void {
  console.log(`\n${title}`);
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(40)} ${value}`);
  console.log(JSON.stringify(figures));
}

export function log(message: string): void {
  console.error(`[bench] ${message}`);
}

/**
 * A light HTTP client for load: node:http over kept-alive sockets, no limit on their
 * number, so every request is on the wire at once. fetch costs the bench process several
 * times more CPU per request, and on two cores that CPU is taken from the server measured.
 */
export const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export interface LightResponse {
  status: number;
  /** Until the whole body was read. */
  ms: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function request(
  url: string | URL,
  options: { method?: string; headers?: Record<string, string>; body?: string; agent?: http.Agent } = {},
): Promise<LightResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const via = options.agent ?? agent;
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers, agent: via }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, headers: res.headers, body }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Requests a second and the milliseconds of the median and the slowest 1 %; `other`: answers that were not 200. */
export interface Load {
  perSecond: number;
  p50: number;
  p99: number;
  other: number;
}

/** `concurrency` loops asking for path, each the next request after an answer, for `seconds`. */
export async function load(base: string, path: string, seconds: number, concurrency: number): Promise<Load> {
  const target = new URL(path, base);
  const until = performance.now() + seconds * 1000;
  const ms: number[] = [];
  let other = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const answer = await request(target);
        ms.push(answer.ms);
        if (answer.status !== 200) other++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { perSecond: ms.length / elapsed, p50: percentile(ms, 50), p99: percentile(ms, 99), other };
}

/** Resident set size in MB of another process (a server the bench started), from /proc; NaN once it is gone. */
export function rssOfMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU time in seconds (user + system) another process has used since it started, from /proc; NaN once it is gone. */
export function cpuSecondsOf(pid: number): number {
  try {
    // The fields after the command's name (which may hold spaces) end with ") ": state is the first.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * The peak resident memory of this process, or of the process `pid`, sampled every 50 ms from
 * now until stop(); stop() answers the growth in MB, the peak against the moment it started.
 */
export function watchRss(pid?: number): ReturnType<typeof watchPeak> {
  return watchPeak(pid === undefined ? rssMb : () => rssOfMb(pid));
}

/** The peak of `read` (MB), sampled every 50 ms from now until stop(), against the moment it started. */
export function watchPeak(read: () => number): { before: number; stop(): number } {
  const before = read();
  let peak = before;
  const sampler = setInterval(() => {
    const now = read();
    if (now > peak) peak = now;
  }, 50);
  return {
    before,
    stop() {
      clearInterval(sampler);
      peak = Math.max(peak, read());
      return peak - before;
    },
  };
}

/** This process's V8 heap in use (MB), garbage not yet collected included. */
export const heapUsedMb = () => process.memoryUsage().heapUsed / 1024 / 1024;

/**
 * A full garbage collection, then the heap in use (MB): what the process really holds. Uses
 * node --expose-gc's gc() when present, else exposes it at run time, so every run has the figure.
 */
export function liveHeapMb(): number {
  collectGarbage();
  return heapUsedMb();
}

let gc: (() => void) | undefined = globalThis.gc;
function collectGarbage() {
  if (!gc) {
    v8.setFlagsFromString("--expose-gc");
    gc = vm.runInNewContext("gc") as () => void;
  }
  gc();
}

export interface FreshDatabase {
  database: Database;
  /** The owner's URL of the new database, for a server process of its own. */
  url: string;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

/** A new, migrated database on the PostgreSQL server of `serverUrl`, to be dropped after the bench. */
export async function freshDatabase(serverUrl: string): Promise<FreshDatabase> {
  const name = `samen_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  try {
    const database = await openDatabase({ url });
    return {
      database,
      url,
      async drop() {
        await database.close();
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  } catch (error) {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
}
