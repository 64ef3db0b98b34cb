/** The nightly VACUUM (ANALYZE) of the embedded database, which has no autovacuum (maintenance-job.ts). */
import { describe, expect, it } from "vitest";
import { loggedLines } from "../../tests/helpers/log-lines.js";
import { useTestDatabase } from "../../tests/helpers/database.js";
import type { Deps } from "../web/env.js";
import { databaseMaintenanceJob } from "./maintenance-job.js";
import { users } from "./schema/index.js";

const database = useTestDatabase();

/** What the planner and the statistics know of a table. */
async function statisticsOf(table: string) {
  const { rows } = await database.ownerSql(
    `select c.reltuples::int as planned, s.last_vacuum is not null as vacuumed, s.last_analyze is not null as analyzed
      from pg_class c join pg_stat_user_tables s on s.relid = c.oid where c.relname = $1`,
    [table],
  );
  return rows[0];
}

/** The job's worker as the queue runs it, with the statements it sends as the owner kept. */
async function runJob() {
  const { lines, logger } = loggedLines();
  const statements: string[] = [];
  const owner = {
    kind: database.kind,
    ownerExec: (text: string) => {
      statements.push(text);
      return database.ownerExec(text);
    },
  };
  const result = await databaseMaintenanceJob.handle({}, { deps: { logger } as Pick<Deps, "logger"> as Deps, owner });
  return { result, statements, logged: lines.map((line) => line.msg) };
}

describe("the nightly database maintenance", () => {
  it("gives the embedded database's planner its statistics, and leaves a server to its autovacuum", async () => {
    await database.db.insert(users).values([
      { email: "een@example.org", name: "Een" },
      { email: "twee@example.org", name: "Twee" },
      { email: "drie@example.org", name: "Drie" },
    ]);
    // Never analyzed: the planner guesses.
    expect(await statisticsOf("users")).toEqual({ planned: -1, vacuumed: false, analyzed: false });

    const run = await runJob();

    if (database.kind === "pglite") {
      expect(run.result).toEqual({ vacuumed: true });
      expect(await statisticsOf("users")).toEqual({ planned: 3, vacuumed: true, analyzed: true });
      expect(run.logged).toEqual(["database vacuumed and analyzed"]);
      // Again the next night: nothing to refuse.
      expect((await runJob()).result).toEqual({ vacuumed: true });
    } else {
      expect(run.result).toEqual({ vacuumed: false });
      expect(run.statements).toEqual([]);
      expect(await statisticsOf("users")).toEqual({ planned: -1, vacuumed: false, analyzed: false });
      expect(run.logged).toEqual(["database maintenance skipped: the server's autovacuum does it"]);
    }
  }, 60_000);
});
