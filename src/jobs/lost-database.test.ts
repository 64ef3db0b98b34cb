/**
 * pg-boss 10 leaves the promise of marking a job done unhandled: a database lost at that moment
 * must not end the server (CI saw it die in tests/ops/connection-loss), other faults still must.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Runs a process that installs the guard, then leaves `rejection` unhandled; its exit code and output. */
function runWithUnhandled(rejection: string) {
  const script = `
    import { surviveLostDatabaseInJobs } from "./src/jobs/queue.ts";
    import { pino } from "pino";
    surviveLostDatabaseInJobs(pino({ level: "silent" }));
    Promise.reject(${rejection});
    setTimeout(() => console.log("still running"), 100);`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout };
}

describe("a job queue write that loses the database", () => {
  it("keeps the process running when the connection was terminated", () => {
    const lost = `Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })`;
    expect(runWithUnhandled(lost)).toEqual({ status: 0, stdout: "still running\n" });
  });

  it("still ends the process on any other unhandled rejection", () => {
    const run = runWithUnhandled(`new Error("a bug")`);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe("");
  });
});
