/**
 * The real Samen server as a child process, the way `npm start` runs it (its node options from
 * package.json's start script; the TypeScript sources through tsx rather than the bundle): on a
 * free port, with its own embedded database in a temporary DATA_DIR, or its own
 * database on the PostgreSQL server in DATABASE_URL. Each starts as a copy of the
 * demo template made once per run (./global-setup.ts): the server restarts on the
 * demo's data instead of migrating and loading the demo for every test file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { withDatabase } from "../helpers/postgres-template.js";
import { serverNodeOptions } from "../helpers/start-script.js";

export interface RunningServer {
  baseUrl: string;
  /** Where its data is: the data directory, or the database's name on the PostgreSQL server. */
  location: string;
  /** What the server printed, for diagnosing a failure. */
  output(): string;
  stop(): Promise<void>;
}

// Generous: a busy 2-core machine has been seen to take over a minute to migrate and load the demo.
const READY_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 15_000;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Where the e2e globalSetup tells the test files (forked after it) which demo template to copy. */
export const DEMO_TEMPLATE_ENV = "SAMEN_E2E_DEMO_TEMPLATE";

interface StartOptions {
  /** A location to copy (see RunningServer); by default the run's demo template; null: an empty database. */
  template?: string | null;
  /** Keep the data when the server stops (for a template); removeData() removes it later. */
  keepData?: boolean;
}

export async function startServer({
  template = process.env[DEMO_TEMPLATE_ENV] ?? null,
  keepData = false,
}: StartOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const storage = await prepareStorage(template);
  const child = spawn(process.execPath, [...serverNodeOptions(), "--import", "tsx", "src/server.ts"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      ...storage.env,
      NODE_ENV: "development",
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: "warn",
      DEMO: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Should the test process die before afterAll, the server must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 400) lines.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const server: RunningServer = {
    baseUrl,
    location: storage.location,
    output: () => lines.join(""),
    stop: async () => {
      await stopChild(child);
      if (!keepData) await removeData(storage.location);
    },
  };
  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${server.output()}`, { cause: error });
  }
  return server;
}

interface Storage {
  env: Record<string, string>;
  location: string;
}

async function prepareStorage(template: string | null): Promise<Storage> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `samen_e2e_${randomBytes(6).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
    return { env: { DATABASE_URL: withDatabase(serverUrl, name) }, location: name };
  }
  const dir = await mkdtemp(join(tmpdir(), "samen-e2e-"));
  if (template) await cp(template, dir, { recursive: true });
  return { env: { DATA_DIR: dir }, location: dir };
}

/** Removes a server's data (see RunningServer.location). */
export async function removeData(location: string): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${location} WITH (FORCE)`);
  else await rm(location, { recursive: true, force: true });
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before it was ready`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not ready at ${baseUrl}/readyz within ${READY_TIMEOUT_MS / 1000} s`);
}

/** SIGTERM for a graceful stop (PGlite flushes and releases its lock); SIGKILL if it hangs. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
