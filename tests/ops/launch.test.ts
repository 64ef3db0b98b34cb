/**
 * `npm start` and `npm run samen` as scripts/launch.mjs runs them: dist/ is built when the
 * sources changed and only then, and `--help` answers without configuration or database.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverNodeOptions } from "../helpers/start-script.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bundle = path.join(root, "dist", "cli.js");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "samen-launch-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function node(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the build", { timeout: 180_000 }, () => {
  it("is made when a source file changed, and not again while nothing changed", () => {
    node(["scripts/build.mjs"]);
    const built = fs.statSync(bundle).mtimeMs;
    const again = node(["scripts/build.mjs"]);
    expect([again.code, again.err]).toEqual([0, ""]);
    expect(fs.statSync(bundle).mtimeMs).toBe(built);

    // Same content, newer time: what an edit or a checkout leaves behind.
    const source = path.join(root, "src", "paths.ts");
    const later = new Date(fs.statSync(source).mtimeMs + 1000);
    fs.utimesSync(source, later, later);
    const rebuilt = node(["scripts/build.mjs"]);
    expect([rebuilt.code, rebuilt.err]).toEqual([0, expect.stringContaining("Sources changed")]);
    expect(fs.statSync(bundle).mtimeMs).toBeGreaterThan(built);
  });
});

describe("samen --help", { timeout: 180_000 }, () => {
  it("answers without reading the configuration or opening the data directory", () => {
    const dataDir = path.join(scratch, "data");
    // A configuration that would stop any command: production without SECRET_KEY.
    const result = node(["scripts/launch.mjs", "cli", "--help"], {
      DATA_DIR: dataDir,
      NODE_ENV: "production",
      SECRET_KEY: "",
    });
    expect(result.code).toBe(0);
    expect(result.out).toContain("Usage: npm run samen -- <command>");
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});

describe("a command of the bundled command line", { timeout: 180_000 }, () => {
  it("refuses wrong input in the features' words, with only their catalogs loaded", () => {
    // The bundle registers src/features/catalogs.ts, not the features (the test setup loads those).
    const flags = ["--name", "De Regenboog", "--type", "primary", "--code", "1"];
    const dataDir = path.join(scratch, "command-data");
    const env = { ...embeddedEnv(), DATA_DIR: dataDir, NODE_ENV: "development", LOG_LEVEL: "warn" };
    const launch = ["scripts/launch.mjs", "cli", "create-org", ...flags];
    const result = spawnSync(process.execPath, launch, { cwd: root, env, encoding: "utf8" });
    expect([result.status, result.stderr]).toEqual([1, expect.stringContaining("--code: Enter a BRIN code")]);
  });
});

describe("npm start's node options", () => {
  // Decision 010: each of V8's worker threads keeps a malloc arena of its own (~40 MB of the
  // embedded server's resident memory with the default four); the server starts with one.
  it.runIf(fs.existsSync("/proc/self/task"))("give V8 one worker thread instead of four", () => {
    const threads = (options: string[]) =>
      Number(node([...options, "-e", "console.log(require('fs').readdirSync('/proc/self/task').length)"]).out);
    expect(serverNodeOptions()).toEqual(["--v8-pool-size=1"]);
    expect(threads([]) - threads(serverNodeOptions())).toBe(3);
  });
});

/**
 * What a fresh clone holds (no dist/, no public/js, no data), with this checkout's packages. With
 * `ownCache` its node_modules is a folder of links to them, without this checkout's
 * node_modules/.cache: no database template yet, as after `npm ci`.
 */
function freshClone(name = "clone", { ownCache = false } = {}): string {
  const clone = path.join(scratch, name);
  for (const entry of ["src", "scripts", "public", "package.json", "package-lock.json", "tsconfig.json"]) {
    fs.cpSync(path.join(root, entry), path.join(clone, entry), { recursive: true });
  }
  fs.rmSync(path.join(clone, "public", "js"), { recursive: true, force: true });
  if (!ownCache) {
    fs.symlinkSync(path.join(root, "node_modules"), path.join(clone, "node_modules"), "dir");
    return clone;
  }
  fs.mkdirSync(path.join(clone, "node_modules"));
  for (const entry of fs.readdirSync(path.join(root, "node_modules"))) {
    if (entry === ".cache") continue;
    fs.symlinkSync(path.join(root, "node_modules", entry), path.join(clone, "node_modules", entry));
  }
  return clone;
}

function embeddedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DATABASE_APP_URL;
  return env;
}

/** How long a start may take here, even on a busy machine (it takes 3-25 s). */
const READY_MS = 150_000;

/** Starts `npm start`'s script in `cwd`; resolves with the server's address once it says it runs. */
function startFrom(cwd: string, port: number, dataDir = path.join(cwd, "data")) {
  const child = spawn(process.execPath, [...serverNodeOptions(), "scripts/launch.mjs", "server"], {
    cwd,
    // The embedded database in the clone's own data directory, whichever database the suite runs on.
    env: { ...embeddedEnv(), PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DEMO: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => output.includes("Samen runs at") && resolve());
    child.on("exit", (code) => reject(new Error(`npm start ended with ${code}:\n${output}`)));
    // Well before the test's own timeout, so that a start that hangs says what it printed.
    const timer = setTimeout(() => reject(new Error(`npm start not ready after ${READY_MS} ms:\n${output}`)), READY_MS);
    child.on("exit", () => clearTimeout(timer));
    child.stdout.on("data", () => output.includes("Samen runs at") && clearTimeout(timer));
  });
  return { child, ready, output: () => output };
}

describe("npm start on a fresh clone", { timeout: 180_000 }, () => {
  it("builds the bundle and the browser scripts, starts on a new data directory and serves both", async () => {
    const clone = freshClone();
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const server = startFrom(clone, port);
    try {
      await server.ready;
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      const scripts = fs.readdirSync(path.join(clone, "public", "js")).filter((f) => f.endsWith(".js"));
      expect(scripts.length).toBeGreaterThan(0);
      expect((await fetch(`http://127.0.0.1:${port}/static/js/${scripts[0]}`)).status).toBe(200);
    } finally {
      server.child.kill("SIGTERM");
    }
    // Every file of the bundle parses, also the chunks only some paths load (PDF, spreadsheets).
    const chunks = fs.readdirSync(path.join(clone, "dist")).filter((f) => f.endsWith(".js"));
    for (const chunk of chunks) {
      const check = node(["--check", path.join(clone, "dist", chunk)]);
      expect([chunk, check.code, check.err]).toEqual([chunk, 0, ""]);
    }
  });
});

describe("npm start without the database template (a fresh clone's first start)", { timeout: 300_000 }, () => {
  const freePort = () => 20_000 + Math.floor(Math.random() * 20_000);
  let clone = "";
  let cache = "";
  beforeAll(() => {
    clone = freshClone("clone-own-cache", { ownCache: true });
    cache = path.join(clone, "node_modules", ".cache", "samen");
    const built = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: clone, encoding: "utf8" });
    expect([built.status, built.stderr]).toEqual([0, expect.stringContaining("Built dist/")]);
  });

  it("fails the start with the template maker's message when it cannot make it", async () => {
    // Where the template's folder should be, a file: the process making it fails.
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    fs.writeFileSync(cache, "");
    const server = startFrom(clone, freePort(), path.join(scratch, "data-no-template"));
    try {
      await expect(server.ready).rejects.toThrow(
        /npm start ended with 1:[^]*Could not make the embedded database's template [^]*make-template\.js[^]* exited with code 1:[^]*EEXIST/,
      );
    } finally {
      server.child.kill("SIGTERM");
      fs.rmSync(cache, { force: true });
    }
  });

  it("has another process make it, and two servers starting at once both start", async () => {
    fs.mkdirSync(cache, { recursive: true });
    // The template is made in a folder named by its maker's pid, then renamed into place.
    const made: string[] = [];
    const watcher = fs.watch(cache, (_event, name) => name && made.push(name));
    const ports = [freePort(), freePort() + 1];
    const servers = ports.map((port, i) => startFrom(clone, port, path.join(scratch, `data-first-${i}`)));
    try {
      await Promise.all(servers.map((server) => server.ready));
      for (const port of ports) expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    } finally {
      watcher.close();
      for (const server of servers) server.child.kill("SIGTERM");
    }
    // Beside it: the name of the server's template and, from Node 22 on, V8's compile cache.
    const [template, ...others] = fs.readdirSync(cache).filter((name) => name.startsWith("pglite-"));
    expect([template, ...others]).toEqual([expect.stringMatching(/^pglite-[0-9a-f]{16}$/)]);
    // Named for the next start, which copies it while its modules load.
    expect(fs.readFileSync(path.join(cache, "server-template"), "utf8")).toBe(template);
    const makers = new Set(made.flatMap((name) => /^pglite-[0-9a-f]{16}\.(\d+)$/.exec(name)?.[1] ?? []).map(Number));
    expect(makers.size).toBeGreaterThan(0);
    for (const server of servers) expect(makers).not.toContain(server.child.pid);
  });

  it("copies the template on a thread of its own while the next fresh start loads its modules", async () => {
    const seen: string[] = [];
    const watcher = fs.watch(cache, (_event, name) => name && seen.push(name));
    const port = freePort();
    const dataDir = path.join(scratch, "data-copied-ahead");
    const server = startFrom(clone, port, dataDir);
    try {
      await server.ready;
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    } finally {
      watcher.close();
      server.child.kill("SIGTERM");
    }
    expect(seen).toContainEqual(expect.stringMatching(/^copy-\d+$/));
    // Moved into the data directory, not left in the cache.
    expect(fs.readdirSync(cache).filter((name) => name.startsWith("copy-"))).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
  });
});
