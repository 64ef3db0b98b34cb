/**
 * Backup and restore must see every organisation's rows. A superuser (or a
 * role with BYPASSRLS) does; an ordinary owner role does not, because the
 * organisation tables FORCE row-level security on their owner too. For such an
 * owner we lift FORCE inside the backup's own transaction and put it back
 * before the commit, so no other transaction ever sees the tables without it.
 * ALTER TABLE locks the table until the commit: on PostgreSQL the app waits
 * while such a backup runs (restore locks everything anyway, to truncate).
 */
import type { OwnerQuery } from "../db/client.js";
import { ident, type TableInfo } from "./tables.js";

/** Makes every row visible to this transaction; returns what to run before committing. */
export async function seeEveryRow(query: OwnerQuery, tables: TableInfo[]): Promise<() => Promise<void>> {
  const [role] = await query<{ bypasses: boolean }>(
    "select rolsuper or rolbypassrls as bypasses from pg_roles where rolname = current_user",
  );
  const forced = role?.bypasses ? [] : tables.filter((t) => t.forcedRowSecurity);
  await alterAll(query, forced, "NO FORCE");
  return () => alterAll(query, forced, "FORCE");
}

async function alterAll(query: OwnerQuery, tables: TableInfo[], setting: string): Promise<void> {
  for (const t of tables) await query(`ALTER TABLE ${ident(t.name)} ${setting} ROW LEVEL SECURITY`);
}
