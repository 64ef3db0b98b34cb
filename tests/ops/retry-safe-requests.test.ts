/**
 * A page read that loses its database connection halfway (a restart, a failover, an operator
 * ending backends) is tried once more on a new connection, so the person gets the page instead
 * of "try again" (issue 10, §1: "retried when safe"); a form post is not, nor a read when no
 * connection can be made at all, nor a read that loses its connection twice. On PostgreSQL the
 * route ends its own backend for real; the embedded database has no connection to lose, so
 * there it throws what PostgreSQL sends when it ends a backend (57P01).
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { TestClient, useTestContext } from "../helpers/app.js";

const calls = new Map<string, number>();
const TRY_AGAIN = "Probeer het over een ogenblik opnieuw";

/** Ends the connection this request is using, as pg_terminate_backend from elsewhere would. */
async function loseConnection(): Promise<never> {
  if (ctx.database.url) {
    await ctx.database.db.transaction((tx) => tx.execute(sql`select pg_terminate_backend(pg_backend_pid())`));
  }
  throw Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
}

/** Fails as `mode` says on the first `failures` calls, then reads from the database. */
async function attempt(mode: string, failures: number): Promise<string> {
  const n = (calls.get(mode) ?? 0) + 1;
  calls.set(mode, n);
  if (n <= failures && mode === "refused")
    throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
  if (n <= failures) await loseConnection();
  const result = await ctx.database.db.execute(sql`select 41 + 1 as answer`);
  return `answer ${JSON.stringify(result).includes("42") ? 42 : "?"}`;
}

const ctx = useTestContext();
beforeAll(async () => {
  ctx.app
    .get("/test/lost-once", async (c) => c.text(await attempt("get", 1)))
    .get("/test/lost-twice", async (c) => c.text(await attempt("twice", 2)))
    .get("/test/refused", async (c) => c.text(await attempt("refused", 1)))
    .post("/test/lost-once", async (c) => c.text(await attempt("post", 1)));
});

describe("a request that loses its database connection", () => {
  it("gets its page when it only read: it is tried once more on a new connection", async () => {
    const response = await new TestClient(ctx.app).get("/test/lost-once");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("answer 42");
    expect(calls.get("get")).toBe(2);
  });

  it("gets the try-again page when it posted a form, without a second try", async () => {
    const response = await new TestClient(ctx.app).post("/test/lost-once");
    expect(response.status).toBe(503);
    expect(await response.text()).toContain(TRY_AGAIN);
    expect(calls.get("post")).toBe(1);
  });

  it("gets the try-again page, tried only once more, when the second try fails too or no connection can be made", async () => {
    const twice = await new TestClient(ctx.app).get("/test/lost-twice");
    expect(twice.status).toBe(503);
    expect(await twice.text()).toContain(TRY_AGAIN);
    expect(calls.get("twice")).toBe(2);
    const refused = await new TestClient(ctx.app).get("/test/refused");
    expect(refused.status).toBe(503);
    expect(calls.get("refused")).toBe(1);
  });
});
