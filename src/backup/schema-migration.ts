/**
 * Which migration a database's schema is at. A backup restores only into a
 * database at the same migration: its rows fit exactly that schema.
 */
import type { OwnerQuery } from "../db/client.js";
import { readJournal } from "../db/migrations-journal.js";

/** The tag of the last migration applied to the database, e.g. "0001_row_level_security". */
export async function schemaMigration(query: OwnerQuery): Promise<string> {
  // drizzle records each applied migration by its journal timestamp, not its tag.
  const [last] = await query<{ at: string }>(
    "select created_at::text as at from drizzle.__drizzle_migrations order by created_at desc limit 1",
  );
  if (!last) return "none";
  const entry = readJournal().find((e) => String(e.when) === last.at);
  return entry?.tag ?? `unknown (newer than this version of Samen, applied at ${last.at})`;
}
