/**
 * The embedded database is safe to run (issue 2, item 8): a process killed
 * with kill -9 in the middle of writing loses no committed transaction and
 * leaves no half one, its stale lock does not block the next start, and while
 * a process has the database a second one (server or CLI) refuses to start.
 * Always on PGlite: these are the embedded database's guarantees.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, withOrg } from "../../src/db/client.js";
import { auditLog, organisations, pupils } from "../../src/db/schema/index.js";
import {
  exitWithin,
  startScript,
  startServer,
  stopAllProcesses,
  waitForOutput,
  type Server,
} from "../helpers/processes.js";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samen-crash-"));
const lockFile = path.join(dataDir, "samen.pid");
let acknowledged: number[] = [];
let server: Server | undefined;

afterAll(() => {
  stopAllProcesses();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the embedded database", { timeout: 600_000 }, () => {
  it("is killed with kill -9 in the middle of writing, leaving its lock behind", async () => {
    const writer = startScript("tests/ops/write-loop.ts", [dataDir], {});
    await waitForOutput(writer, /^ack 200$/m, 300_000);
    writer.child.kill("SIGKILL");
    expect(await writer.exited).toBeNull();
    // Only complete lines: the last one may have been cut off by the kill.
    acknowledged = [...writer.output().matchAll(/^ack (\d+)\n/gm)].map((m) => Number(m[1]));
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(writer.child.pid));
  });

  it("starts again on the same directory despite the stale lock, and is ready", async () => {
    server = await startServer({ DATA_DIR: dataDir });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("refuses a second server on the same directory while the first runs", async () => {
    const second = startScript("src/server.ts", [], { DATA_DIR: dataDir, PORT: "0", DEMO: "false" });
    expect(await exitWithin(second, 300_000)).not.toBe(0);
    expect(second.output()).toMatch(/in use by another Samen process \(pid \d+\)/);
    expect((await fetch(`${server!.url}/readyz`)).status).toBe(200);
  });

  it("refuses the command-line tool on the same directory while the server runs", async () => {
    const cli = startScript("src/cli/main.ts", ["demo"], { DATA_DIR: dataDir });
    expect(await exitWithin(cli, 300_000)).toBe(1);
    expect(cli.output()).toContain(
      `The database in ${dataDir} is in use by another Samen process (pid ${server!.child.pid})`,
    );
  });

  it("stops on SIGTERM with exit code 0 and releases its lock", async () => {
    server!.child.kill("SIGTERM");
    expect(await exitWithin(server!, 30_000)).toBe(0);
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("kept every acknowledged transaction, and each one whole", async () => {
    const database = await openDatabase({ dataDir });
    try {
      const [org] = await database.db.select().from(organisations);
      const { saved, audited } = await withOrg(database.db, { orgId: org!.id, userId: null }, async (tx) => ({
        saved: await tx.select({ number: pupils.pupilNumber, id: pupils.id }).from(pupils),
        audited: await tx.select({ id: auditLog.entityId }).from(auditLog),
      }));
      const numbers = new Set(saved.map((p) => Number(p.number)));
      expect(acknowledged.filter((n) => !numbers.has(n))).toEqual([]);
      // At most the one transaction in flight at the kill got in without its ack; never half of one.
      expect(saved.length - acknowledged.length).toBeLessThanOrEqual(1);
      expect(audited.map((a) => a.id).sort()).toEqual(saved.map((p) => p.id).sort());
    } finally {
      await database.close();
    }
  });
});
