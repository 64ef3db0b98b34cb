import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/database.js";
import { startJobs, type Jobs } from "./queue.js";

let database: TestDatabase;
let jobs: Jobs;

beforeAll(async () => {
  database = await createTestDatabase();
  jobs = await startJobs(database, pino({ level: "silent" }));
});
afterAll(async () => {
  await jobs.stop();
  await database.close();
});

describe("background jobs", () => {
  it("runs a queued job in the background with its data", async () => {
    const done = new Promise<{ orgId: string }>((resolve) => {
      void jobs.work<{ orgId: string }>("test-job", async (data) => resolve(data));
    });
    await jobs.send("test-job", { orgId: "org-1" });
    await expect(done).resolves.toEqual({ orgId: "org-1" });
  });

  it("retries a job whose handler failed, so it runs at least once", async () => {
    let attempts = 0;
    const done = new Promise<number>((resolve) => {
      void jobs.work<{ n: number }>("flaky-job", async () => {
        attempts++;
        if (attempts === 1) throw new Error("first attempt fails");
        resolve(attempts);
      });
    });
    await jobs.send("flaky-job", { n: 1 });
    await expect(done).resolves.toBe(2);
  });
});
