import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { openDatabase } from "../db/client.js";
import { defineJob } from "./definition.js";
import { jobsInTemplate, startJobs } from "./queue.js";

// Always the embedded database: the template is how a new data directory starts.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samen-jobs-template-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const templateJob = defineJob({
  name: "template-test-job",
  schema: z.object({ orgId: z.string() }),
  handle: async () => {},
});

describe("a new embedded database", () => {
  it("starts with the job queue's schema, queues and grant from its template, so the first start creates none", async () => {
    const database = await openDatabase({
      dataDir: path.join(dir, "new"),
      templateExtra: jobsInTemplate([templateJob]),
    });
    try {
      const queues = async () =>
        (await database.ownerSql("select name, created_on::text as created from pgboss.queue order by name")).rows;
      const before = await queues();
      // pg-boss's scheduler keeps a queue of its own.
      expect(before.map((queue) => (queue as { name: string }).name)).toEqual([
        "__pgboss__send-it",
        "template-test-job",
      ]);
      const jobs = await startJobs(database, pino({ level: "silent" }), [templateJob]);
      try {
        expect(await queues()).toEqual(before);
        // samen_app may queue at once: the grant came with the template.
        await jobs.send(database.db, templateJob, { orgId: "org-1" });
        const queued = await database.ownerSql("select data from pgboss.job where name = $1", [templateJob.name]);
        expect(queued.rows).toEqual([{ data: { orgId: "org-1" } }]);
      } finally {
        await jobs.stop();
      }
    } finally {
      await database.close();
    }
  }, 120_000);
});
