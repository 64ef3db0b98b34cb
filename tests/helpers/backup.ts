/** Helpers for backup tests: the whole database as comparable text, and editing a backup file. */
import fs from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Database } from "../../src/db/client.js";
import { ident, listTables } from "../../src/backup/tables.js";

/** Every table's rows as JSON text in a fixed order and time zone, to compare two databases. */
export function dumpAll(database: Pick<Database, "withOwner">): Promise<Record<string, unknown[]>> {
  return database.withOwner(async (query) => {
    await query("set local timezone to 'UTC'");
    const dump: Record<string, unknown[]> = {};
    for (const table of await listTables(query)) {
      const rows = await query<{ r: string }>(`select row_to_json(t)::text as r from ${ident(table.name)} t`);
      dump[table.name] = rows.map((row) => JSON.parse(row.r) as unknown).sort(byJson);
    }
    return dump;
  });
}

const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

/** Rewrites a backup file's lines (as text) into a new file. */
export function editBackup(from: string, to: string, edit: (lines: string[]) => string[]): void {
  const lines = gunzipSync(fs.readFileSync(from)).toString("utf8").split("\n");
  fs.writeFileSync(to, gzipSync(edit(lines).join("\n")));
}
