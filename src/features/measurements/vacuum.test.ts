import { describe, expect, it } from "vitest";
import {
  recordingQueue,
  TestClient,
  type QueuedJob,
  useTestContext,
  leaderSignedIn,
} from "../../../tests/helpers/app.js";
import { VACUUM_JOB, type MeasurementJob } from "./service/job-names.js";
import { SEALED_TABLES, vacuumSealedTables } from "./service/vacuum.js";
import { closeWhenDue } from "./service/close-when-due.js";
import { createMeasurementAs, depsOf, questionnaireLink, runQueuedInvitations } from "./testing.js";

const ctx = useTestContext();

async function lastVacuums(): Promise<Record<string, string | null>> {
  const { rows } = await ctx.database.ownerSql(
    `select relname, last_vacuum::text as at from pg_stat_all_tables
      where schemaname = 'public' and relname = any($1)`,
    [[...SEALED_TABLES]],
  );
  return Object.fromEntries((rows as { relname: string; at: string | null }[]).map((r) => [r.relname, r.at]));
}

describe("vacuum after sealing", () => {
  it("is queued when a measurement closes, and vacuums the sealed tables as the owner, outside a transaction", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader);
    await runQueuedInvitations(ctx, id);
    const teacher = new TestClient(ctx.app);
    const link = await questionnaireLink(ctx, school.teacher.email);
    await teacher.post(`${link}/1`, { "current:team.vision.1": "4", go: "next" });
    await teacher.post(`${link}/send`);

    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
    const queued = ctx.jobs.filter((j) => j.name === VACUUM_JOB);
    // The job carries the measurement and nothing about any person.
    expect(queued.map((j) => j.data)).toEqual([{ orgId: school.orgId, measurementId: id }]);

    expect(Object.values(await lastVacuums()).every((at) => at === null)).toBe(true);
    await vacuumSealedTables(ctx.database);
    const after = await lastVacuums();
    expect(Object.keys(after).sort()).toEqual([...SEALED_TABLES].sort());
    for (const table of SEALED_TABLES) expect(after[table], table).not.toBeNull();
    // Running it again is harmless.
    await vacuumSealedTables(ctx.database);
  });

  it("is queued by the closing job too, once", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader);
    const jobs: QueuedJob[] = [];
    const deps = { ...depsOf(ctx), jobs: recordingQueue(jobs) };
    const job: MeasurementJob = { orgId: school.orgId, measurementId: id };
    const later = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    expect(await closeWhenDue(deps, job, later)).toBe(true);
    expect(await closeWhenDue(deps, job, later)).toBe(false);
    expect(jobs).toEqual([{ name: VACUUM_JOB, data: job }]);
  });

  it("is queued in the closing transaction: when it cannot be queued, the measurement stays open", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader);
    const job: MeasurementJob = { orgId: school.orgId, measurementId: id };
    const later = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    const broken = { send: () => Promise.reject(new Error("queue unavailable")) };
    await expect(closeWhenDue({ ...depsOf(ctx), jobs: broken }, job, later)).rejects.toThrow("queue unavailable");
    // The retry closes it, and the vacuum is not lost.
    const jobs: QueuedJob[] = [];
    expect(await closeWhenDue({ ...depsOf(ctx), jobs: recordingQueue(jobs) }, job, later)).toBe(true);
    expect(jobs).toEqual([{ name: VACUUM_JOB, data: job }]);
  });
});
