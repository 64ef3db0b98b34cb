/**
 * Real processes for operational tests: the server (src/server.ts), the CLI, or
 * a script, each as `node --import tsx` so the pid we signal is the process
 * that holds the database (the tsx wrapper would be a second process).
 * Every process started here is killed by stopAllProcesses (call it in afterAll).
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { serverNodeOptions } from "./start-script.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const running = new Set<ChildProcess>();

export interface Started {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** Starts a TypeScript file of this project with the given environment (no DATABASE_URL, DATABASE_APP_URL, DATA_DIR or PORT of ours). */
export function startScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  nodeOptions: string[] = [],
): Started {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !["DATABASE_URL", "DATABASE_APP_URL", "DATA_DIR", "PORT"].includes(key),
    ),
  );
  const child = spawn(process.execPath, [...nodeOptions, "--import", "tsx", script, ...args], {
    cwd: root,
    env: { ...inherited, NODE_ENV: "test", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, output: () => output, exited };
}

export interface Server extends Started {
  url: string;
}

/**
 * Starts the server on a free port, with the node options of `npm start` (package.json), and waits
 * until /readyz answers 200; fails with its output if it exits.
 */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const started = startScript(
    "src/server.ts",
    [],
    { PORT: String(port), HOST: "127.0.0.1", DEMO: "false", ...env },
    serverNodeOptions(),
  );
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  void started.exited.then(() => (exited = true));
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline && !exited) {
    const status = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { ...started, url };
    await sleep(250);
  }
  started.child.kill("SIGKILL");
  throw new Error(`The server did not become ready:\n${started.output()}`);
}

/** Resolves with the exit code, or rejects when the process is still running after ms. */
export function exitWithin(started: Started, ms: number): Promise<number | null> {
  return Promise.race([
    started.exited,
    sleep(ms).then(() => Promise.reject(new Error(`still running after ${ms} ms:\n${started.output()}`))),
  ]);
}

/** Waits until the output matches, or rejects with the output. */
export async function waitForOutput(started: Started, pattern: RegExp, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pattern.test(started.output())) {
    if (Date.now() > deadline || started.child.exitCode !== null) {
      throw new Error(`no ${String(pattern)} in the output:\n${started.output().slice(-2000)}`);
    }
    await sleep(100);
  }
}

export function stopAllProcesses(): void {
  for (const child of running) child.kill("SIGKILL");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
