import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { z } from "zod";
import { useTestDatabase } from "../../tests/helpers/database.js";
import { batchedJobs, startJobs, timeZoneFor, type Jobs } from "./queue.js";
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

describe("several jobs in one statement", () => {
  const rowsOf = async (orgId: string) =>
    (
      await database.ownerSql(
        `select name, data, retry_limit, retry_delay, retry_backoff, start_after > now() + interval '1 day' as later
           from pgboss.job where data->>'orgId' = $1 order by later`,
        [orgId],
      )
    ).rows;

  it("queues what a batch was sent, in one insert through the transaction, as send would", async () => {
    const inserts: string[][] = [];
    await database.db.transaction(async (tx) => {
      const batch = batchedJobs({
        send: jobs.send,
        sendAll: (executor, sends) => {
          inserts.push(sends.map((s) => s.job.name));
          return jobs.sendAll(executor, sends);
        },
      });
      await batch.send(tx, testJob, { orgId: "batched" }, { startAfter: new Date(Date.now() + 3 * 86_400_000) });
      await batch.send(tx, testJob, { orgId: "batched" });
      await batch.flush(tx);
    });
    expect(inserts).toEqual([["test-job", "test-job"]]);
    const retries = { retry_limit: 5, retry_delay: 1, retry_backoff: true };
    expect(await rowsOf("batched")).toEqual([
      { name: "test-job", data: { orgId: "batched" }, ...retries, later: false },
      { name: "test-job", data: { orgId: "batched" }, ...retries, later: true },
    ]);
  });

  it("queues nothing when the transaction rolls back, and refuses a bad payload or an unknown job", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await jobs.sendAll(tx, [
          { job: testJob, data: { orgId: "batch-rolled-back" } },
          { job: testJob, data: { orgId: "batch-rolled-back" } },
        ]);
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    expect(await rowsOf("batch-rolled-back")).toEqual([]);
    await expect(
      jobs.sendAll(database.db, [{ job: testJob, data: { orgId: 42 } as unknown as { orgId: string } }]),
    ).rejects.toThrow(/^Job "test-job" has an invalid payload/);
    const unknown = defineJob({ name: "no-such-queue", schema: payload, handle: async () => {} });
    await expect(jobs.sendAll(database.db, [{ job: unknown, data: { orgId: "x" } }])).rejects.toThrow(
      'Job "no-such-queue" was not queued',
    );
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
