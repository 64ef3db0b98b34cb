/** Liveness and readiness for the orchestrator. */
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";

export const healthRoutes = new Hono<AppEnv>()
  .get("/healthz", (c) => c.json({ status: "ok" }))
  .get("/readyz", async (c) => {
    try {
      await c.var.deps.db.execute(sql`select 1`);
      return c.json({ status: "ready" });
    } catch (error) {
      c.var.log.warn({ err: error }, "database not reachable");
      return c.json({ status: "unavailable" }, 503);
    }
  });
