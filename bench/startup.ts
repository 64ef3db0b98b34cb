/**
 * `npm run bench -- startup [runs]`: how long Samen takes to start, as `npm start` and
 * `npm run samen` start it (scripts/launch.mjs, after npm), on the embedded database:
 * - first start: what a fresh clone's first `npm start` does, a new data directory while the
 *   migrated template does not exist yet (it is removed before each, and the start makes it
 *   again), to /readyz 200, and the server's resident memory then;
 * - fresh: a new data directory to /readyz 200 (migrations and the demo), and the server's
 *   resident memory then;
 * - restart: the same data directory again, to /readyz 200;
 * - cli: `create-org` on that existing database, to its exit;
 * - help: `--help`, to its exit;
 * and, as the baseline of the same run, `node -e 0`. Each figure is the median of `runs`
 * (default 5; 3 for first start and fresh), after one build of dist/ that is timed too
 * (`build_ms`, what the first start after a change pays once), and the migrated database template
 * a new data directory starts from (`template_ms`: made once per set of migrations, 0 when it
 * exists). npm itself adds its own start to each (`npm_ms`: `npm run` of a script that does
 * nothing, for reference).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { ensurePgliteTemplate } from "../src/db/pglite-template.js";
import { allJobs } from "../src/features/index.js";
import { jobsInTemplate } from "../src/jobs/queue.js";
import { freePort } from "../tests/helpers/processes.js";
import { serverNodeOptions } from "../tests/helpers/start-script.js";
import { log, percentile, report, round } from "./lib.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const launch = path.join(root, "scripts", "launch.mjs");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => percentile(values, 50);
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");

export async function run(args: string[]): Promise<void> {
  const runs = Number(args[0] ?? 5);
  const loadBefore = loadAverage();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samen-bench-startup-"));
  try {
    const buildMs = await timeExit(["scripts/build.mjs", "--force"]);
    const templateStarted = performance.now();
    // The server's template: the migrations and the job queue's schema and queues.
    const template = await ensurePgliteTemplate(jobsInTemplate(allJobs));
    const templateMs = performance.now() - templateStarted;
    const first: number[] = [];
    const firstRss: number[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      // Removed, as on a fresh clone: this start makes it again, and leaves it for the rest.
      fs.rmSync(template, { recursive: true, force: true });
      const started = await startServer(path.join(dir, `first-${i}`));
      first.push(started.ms);
      firstRss.push(await rssMbOf(started.child));
      log(`first start: ${Math.round(started.ms)} ms, ${Math.round(firstRss.at(-1) ?? 0)} MB`);
      await stop(started.child);
    }
    const node = await repeat(runs, () => timeExit(["-e", "0"]));
    const help = await repeat(runs, () => timeExit([launch, "cli", "--help"]));
    const npm = await repeat(Math.min(runs, 3), () => timeExit([npmCli(), "run", "-s", "noop"], "npm"));
    const fresh: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const started = await startServer(path.join(dir, `fresh-${i}`));
      fresh.push(started.ms);
      rss.push(await rssMbOf(started.child));
      await stop(started.child);
    }
    const dataDir = path.join(dir, "fresh-0");
    const restart = await repeat(runs, async () => {
      const started = await startServer(dataDir);
      await stop(started.child);
      return started.ms;
    });
    let code = 90;
    const cli = await repeat(runs, () =>
      timeExit([launch, "cli", "create-org", "--name", `Bench ${code}`, "--type", "primary", "--code", `${code++}ZZ`], {
        DATA_DIR: dataDir,
      }),
    );
    const figures = {
      node_ms: round(median(node), 0),
      restart_ms: round(median(restart), 0),
      fresh_ms: round(median(fresh), 0),
      first_start_ms: round(median(first), 0),
      cli_ms: round(median(cli), 0),
      help_ms: round(median(help), 0),
      build_ms: round(buildMs, 0),
      template_ms: round(templateMs, 0),
      npm_ms: round(median(npm), 0),
      rss_after_fresh_start_mb: round(median(rss), 0),
      rss_after_first_start_mb: round(median(firstRss), 0),
      ratio_restart_to_node: round(median(restart) / median(node), 1),
      ratio_fresh_to_node: round(median(fresh) / median(node), 1),
      ratio_cli_to_node: round(median(cli) / median(node), 1),
      ratio_help_to_node: round(median(help) / median(node), 1),
      restart_target_met: median(restart) <= 1500,
      fresh_target_met: median(fresh) <= 4000,
      cli_target_met: median(cli) <= 1000,
      help_target_met: median(help) <= 300,
      rss_target_met: median(rss) < 250,
      rss_first_start_target_met: median(firstRss) < 250,
      load_average_before: loadBefore,
      load_average_after: loadAverage(),
    };
    report("startup", figures);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function repeat(times: number, fn: () => Promise<number>): Promise<number[]> {
  const values: number[] = [];
  for (let i = 0; i < times; i++) values.push(await fn());
  return values;
}

/** The environment of every process started here: the embedded database, quiet logs. */
function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development", LOG_LEVEL: "warn", ...extra };
  delete env.DATABASE_URL;
  delete env.DATABASE_APP_URL;
  return env;
}

/** Milliseconds from spawning `node args…` (or npm) to its exit; fails on a non-zero exit. */
function timeExit(args: string[], env: Record<string, string> | "npm" = {}): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: env === "npm" ? npmProject() : root,
    env: environment(env === "npm" ? {} : env),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`${args.join(" ")} exited ${code}: ${errors}`)),
    ),
  );
}

/** The server as `npm start` runs it (its node options from package.json), on dataDir; resolves when /readyz first answers 200. */
async function startServer(dataDir: string): Promise<{ child: ChildProcess; ms: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...serverNodeOptions(), launch, "server"], {
    cwd: root,
    env: environment({ DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1" }),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  while (child.exitCode === null) {
    const status = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) {
      const ms = performance.now() - started;
      log(`server ready in ${Math.round(ms)} ms on ${path.basename(dataDir)}`);
      return { child, ms };
    }
    await sleep(10);
  }
  throw new Error(`the server exited before it was ready: ${errors}`);
}

/** The process's resident memory, from /proc (Linux). */
async function rssMbOf(child: ChildProcess): Promise<number> {
  const status = await fs.promises.readFile(`/proc/${child.pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/**
 * npm's own script, run by this node: the one running this bench (npm names it in
 * npm_execpath), else the one installed beside node. Under `npx -p node@24 npm run bench` the
 * node package of the registry has no npm beside it.
 */
function npmCli(): string {
  const running = process.env.npm_execpath;
  if (running?.endsWith(".js")) return running;
  return path.join(path.dirname(process.execPath), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js");
}

/** A project with one script that does nothing, to time npm's own start. */
function npmProject(): string {
  const dir = path.join(os.tmpdir(), "samen-bench-npm");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "noop", scripts: { noop: "true" } }));
  return dir;
}
