/**
 * The nightly VACUUM (ANALYZE) of the embedded database. PGlite runs PostgreSQL in single-user
 * mode, without autovacuum: its planner would never have statistics (every table guessed at one
 * row, nested loops over whole tables: a group's families took 42 ms instead of ~2 ms) and no
 * deleted or updated row would ever be vacuumed away. It runs as the owner (samen_app may not
 * vacuum) and outside any transaction (ownerExec; VACUUM refuses a transaction block), and holds
 * PGlite's one connection for the seconds it takes: hence at night. On a PostgreSQL server
 * autovacuum does all this, so the job only says it skipped. Running it again is harmless.
 */
import { z } from "zod";
import { defineJob } from "../jobs/definition.js";

/**
 * Every night at 3:37 school time (src/server.ts schedules it; timeZoneFor): after the 3:17
 * clean-ups, whose deleted rows it vacuums, and clear of the five-minute and :41 sweeps.
 */
export const DATABASE_MAINTENANCE_CRON = "37 3 * * *";

export const databaseMaintenanceJob = defineJob({
  name: "database-maintenance",
  schema: z.object({}),
  handle: async (_data, { deps, owner }) => {
    if (owner.kind !== "pglite") {
      deps.logger.info({ database: owner.kind }, "database maintenance skipped: the server's autovacuum does it");
      return { vacuumed: false };
    }
    const started = performance.now();
    // Every table of the database, the job queue's and the catalogs included.
    await owner.ownerExec("VACUUM (ANALYZE)");
    deps.logger.info(
      { database: owner.kind, ms: Math.round(performance.now() - started) },
      "database vacuumed and analyzed",
    );
    return { vacuumed: true };
  },
});
