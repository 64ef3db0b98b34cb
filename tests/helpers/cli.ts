/**
 * The CLI in tests: a fresh, empty database for it (a temporary DATA_DIR, or a
 * new database on the PostgreSQL server of DATABASE_URL), and a runner that
 * captures what a command prints and the exit code it ends with.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { openDatabase, type Database } from "../../src/db/client.js";
import { commands } from "../../src/cli/commands.js";
import { runCli } from "../../src/cli/run.js";
import { afterAll, beforeAll } from "vitest";
import { adminQuery, withDatabase } from "./database.js";
import { stopAllProcesses } from "./processes.js";

export interface CliTarget {
  /** The environment a CLI process (or runCli) reads its configuration from. */
  env: Record<string, string>;
  /** Opens the same database in the test, e.g. to check what a command did; close it before the next command. */
  open(): Promise<Database>;
  close(): Promise<void>;
}

const quiet = { NODE_ENV: "test", LOG_LEVEL: "silent", PUBLIC_URL: "http://localhost:3000" };

export async function createCliTarget(): Promise<CliTarget> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samen-cli-"));
    return {
      env: { ...quiet, DATA_DIR: dataDir },
      open: () => openDatabase({ dataDir }),
      close: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `samen_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  return {
    env: { ...quiet, DATABASE_URL: url },
    open: () => openDatabase({ url }),
    close: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * A fresh database for the real server processes of one test file, made before its tests;
 * afterwards every process is stopped and the database removed. Returns the target's getter.
 */
export function useServerTarget(): () => CliTarget {
  let target: CliTarget | undefined;
  beforeAll(async () => {
    target = await createCliTarget();
  });
  afterAll(async () => {
    stopAllProcesses();
    await target?.close();
  });
  return () => target!;
}

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs `samen <argv>` in this process against the target's database. */
export async function samen(target: CliTarget, ...argv: string[]): Promise<CliResult> {
  let out = "";
  let err = "";
  const io = { out: (text: string) => void (out += text), err: (text: string) => void (err += text) };
  const code = await runCli(argv, commands, { env: target.env, io });
  return { code, out, err };
}
