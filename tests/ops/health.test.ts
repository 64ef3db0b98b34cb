/** Liveness and readiness (issue 2, item 9): /healthz while the process runs, /readyz only while the database answers. */
import { beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../helpers/app.js";

let context: TestContext;

beforeAll(async () => {
  context = await createTestContext();
});

describe("health endpoints", () => {
  it("answer 200 while the app and its database are up", async () => {
    const health = await context.app.request("/healthz");
    expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
    const ready = await context.app.request("/readyz");
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
  });

  it("/readyz answers 503 once the database is closed, while /healthz still answers 200", async () => {
    await context.close();
    const gone = await context.app.request("/readyz");
    expect([gone.status, await gone.json()]).toEqual([503, { status: "unavailable" }]);
    expect((await context.app.request("/healthz")).status).toBe(200);
  });
});
