import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/helpers/database.js";

const database = useTestDatabase();

describe("a long run of queries", () => {
  it("leaves room for timers and other requests while it runs", async () => {
    let timerFired = false;
    setTimeout(() => (timerFired = true), 5);
    const started = Date.now();
    let queries = 0;
    // Without yielding, PGlite's in-thread queries would hold the event loop for the whole 5 s.
    while (!timerFired && Date.now() - started < 5_000) {
      await database.db.execute(sql`select 1`);
      queries++;
    }
    expect(timerFired).toBe(true);
    expect(queries).toBeGreaterThan(0);
  });
});
