import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestContext, signIn, type TestContext } from "../helpers/app.js";
import { createSchool } from "../helpers/factories.js";
import { startScript, stopAllProcesses } from "../helpers/processes.js";
import { measurements, users } from "../../src/db/schema/index.js";
import { withOrg } from "../../src/db/client.js";
import { codeFor, secretOnPage } from "../../src/features/two-factor/test-helpers.js";
import { createMeasurementAs } from "../../src/features/measurements/testing.js";

let dataDir: string;
let ctx: TestContext;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "samen-key-"));
  // Development without SECRET_KEY, as after a fresh clone.
  ctx = await createTestContext({ NODE_ENV: "development", DATA_DIR: dataDir, SECRET_KEY: "" });
});
afterAll(async () => {
  stopAllProcesses();
  await ctx.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("secrets at rest without SECRET_KEY in development", () => {
  it("seals the authenticator secret and the ballot key with the key made in the data directory", async () => {
    expect(ctx.config.SECRET_KEY).toBe((await readFile(path.join(dataDir, "secret-key"), "utf8")).trim());
    const school = await createSchool(ctx.database.db);
    const client = await signIn(ctx, school.leader.email);
    const secret = secretOnPage(await (await client.get("/account/two-factor")).text());
    expect((await client.post("/account/two-factor/app", { code: codeFor(secret) })).status).toBe(303);
    const [user] = await ctx.database.db.select().from(users).where(eq(users.id, school.leader.id));
    expect(user?.totpSecret).toMatch(/^enc:v1:/);

    const id = await createMeasurementAs(client);
    const [measurement] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(measurements).where(eq(measurements.id, id)),
    );
    expect(measurement?.ballotKey).toMatch(/^enc:/);
  });
});

describe("the server in production", () => {
  it("refuses to start without SECRET_KEY and says why", async () => {
    const started = startScript("src/server.ts", [], { NODE_ENV: "production", DATA_DIR: dataDir, PORT: "0" });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain("SECRET_KEY: required when NODE_ENV=production");
    expect(started.output()).not.toContain("    at ");
  }, 120_000);
});
