import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { z } from "zod";
import { useTestDatabase } from "../../tests/helpers/database.js";
import { startJobs, timeZoneFor, type Jobs } from "./queue.js";
import { defineJob, type JobContext } from "./definition.js";

const database = useTestDatabase();
let jobs: Jobs;
const ran: { job: string; data: object }[] = [];
let attempts = 0;

const payload = z.object({ orgId: z.string() });
const testJob = defineJob({
  name: "test-job",
  schema: payload,
  handle: async (data) => void ran.push({ job: "test-job", data }),
});
const flakyJob = defineJob({
  name: "flaky-job",
  schema: z.object({ n: z.number() }),
  handle: async (data) => {
    attempts++;
    if (attempts === 1) throw new Error("first attempt fails");
    ran.push({ job: "flaky-job", data });
  },
});

beforeAll(async () => {
  jobs = await startJobs(database, pino({ level: "silent" }), [testJob, flakyJob]);
  await jobs.work({} as JobContext);
});
afterAll(async () => {
  await jobs.stop();
});

async function until<T>(read: () => T | undefined, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("not in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const queuedIn = async (name: string) =>
  (await database.ownerSql("select data from pgboss.job where name = $1", [name])).rows as { data: object }[];

describe("background jobs", () => {
  it("runs a queued job in the background with its data", async () => {
    await jobs.send(database.db, testJob, { orgId: "org-1" });
    await expect(until(() => ran.find((r) => r.job === "test-job"))).resolves.toEqual({
      job: "test-job",
      data: { orgId: "org-1" },
    });
  });

  it("retries a job whose handler failed, so it runs at least once", async () => {
    await jobs.send(database.db, flakyJob, { n: 1 });
    await until(() => ran.find((r) => r.job === "flaky-job"));
    expect(attempts).toBe(2);
  });

  it("queues through the caller's transaction: a job exists only if the transaction commits", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        // Queued by the app's own role (samen_app), in this transaction.
        await jobs.send(tx, testJob, { orgId: "rolled-back" });
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    expect((await queuedIn("test-job")).map((j) => j.data)).not.toContainEqual({ orgId: "rolled-back" });

    await database.db.transaction(async (tx) => {
      await jobs.send(tx, testJob, { orgId: "committed" });
    });
    await until(() => ran.find((r) => (r.data as { orgId: string }).orgId === "committed"));
  });

  it("refuses a payload its schema does not allow, queueing nothing", async () => {
    await expect(jobs.send(database.db, testJob, { orgId: 42 } as unknown as { orgId: string })).rejects.toThrow(
      /^Job "test-job" has an invalid payload \(orgId: .*expected string, received number\)$/,
    );
    expect((await queuedIn("test-job")).map((j) => j.data)).not.toContainEqual({ orgId: 42 });
  });
});

describe("starting the job queue again", () => {
  const scheduleRow = async () =>
    (
      (
        await database.ownerSql(
          "select cron, timezone, updated_on::text as updated from pgboss.schedule where name = $1",
          ["test-job"],
        )
      ).rows as { cron: string; timezone: string; updated: string }[]
    )[0];

  it("writes a schedule only when it is new or changed, and creates no queue it has", async () => {
    await jobs.schedule(testJob, "23 * * * *");
    const first = await scheduleRow();
    expect(first).toMatchObject({ cron: "23 * * * *", timezone: "UTC" });

    const queuesBefore = (await database.ownerSql("select name, created_on::text from pgboss.queue order by name"))
      .rows;
    const again = await startJobs(database, pino({ level: "silent" }), [testJob, flakyJob]);
    try {
      await again.schedule(testJob, "23 * * * *");
      expect(await scheduleRow()).toEqual(first);
      expect((await database.ownerSql("select name, created_on::text from pgboss.queue order by name")).rows).toEqual(
        queuesBefore,
      );
      await again.schedule(testJob, "10 7 * * *");
      expect(await scheduleRow()).toMatchObject({ cron: "10 7 * * *", timezone: "Europe/Amsterdam" });
    } finally {
      await again.stop();
    }
  });

  it("keeps school time for schedules at a set hour, and UTC for those every hour (the same instants)", () => {
    expect(timeZoneFor("10 7 * * *")).toBe("Europe/Amsterdam");
    expect(timeZoneFor("0 17 * * 1-5")).toBe("Europe/Amsterdam");
    expect(timeZoneFor("*/5 * * * *")).toBe("UTC");
    expect(timeZoneFor("41 * * * *")).toBe("UTC");
  });
});
