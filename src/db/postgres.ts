/** Opening a PostgreSQL server (DATABASE_URL); client.ts loads this module only then. */
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type pg from "pg";
import { migrationsFolder } from "../paths.js";
import type { Database } from "./client.js";
import { connectClient, createPool, poolDatabase, type ConnectionLost } from "./connections.js";
import { migrationsRecorded } from "./migrations-journal.js";

export async function openPostgres(url: string, appUrl: string, onConnectionLost: ConnectionLost): Promise<Database> {
  const owner = await connectClient({ connectionString: url }, onConnectionLost);
  try {
    if (!(await migrationsRecorded((text) => owner.query(text))))
      await migratePg(drizzlePg(owner), { migrationsFolder });
  } finally {
    await owner.end();
  }
  // The organisation is set per transaction only (withOrg).
  const pool = createPool({ connectionString: appUrl, max: 10 }, onConnectionLost);
  const ownerPool = createPool({ connectionString: url, max: 3 }, onConnectionLost);
  const asOwner = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const c = await connectClient({ connectionString: url }, onConnectionLost);
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    db: poolDatabase(pool),
    kind: "postgres",
    ownerExec: (text) => asOwner(async (c) => void (await c.query(text))),
    withOwner: (fn) =>
      asOwner(async (c) => {
        // One consistent snapshot of every table for a backup.
        await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
        try {
          const result = await fn(async (text, params) => (await c.query(text, params)).rows);
          await c.query("COMMIT");
          return result;
        } catch (error) {
          await c.query("ROLLBACK");
          throw error;
        }
      }),
    async ownerSql(text, values) {
      return { rows: (await ownerPool.query(text, values)).rows };
    },
    async close() {
      await pool.end();
      await ownerPool.end();
    },
  };
}
