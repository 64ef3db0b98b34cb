/**
 * Backup: every row of every table, as the owner role, in one consistent
 * snapshot, streamed through a database cursor in batches so a large database
 * never has to fit in memory.
 */
import type { Database, OwnerQuery } from "../db/client.js";
import { writeLines } from "./file.js";
import { FORMAT, VERSION, type Header } from "./format.js";
import { seeEveryRow } from "./row-security.js";
import { schemaMigration } from "./schema-migration.js";
import { ident, listTables, type TableInfo } from "./tables.js";

const BATCH = 1000;

export interface BackupSummary {
  schemaMigration: string;
  /** Rows per table. */
  rows: Record<string, number>;
}

/** Writes a backup of the whole database to file, which must not exist yet. */
export function writeBackup(database: Pick<Database, "withOwner">, file: string): Promise<BackupSummary> {
  return database.withOwner(async (query) => {
    // Timestamps written in UTC, whatever the server's zone: the same data gives the same file.
    await query("set local timezone to 'UTC'");
    const tables = await listTables(query);
    const putBackRowSecurity = await seeEveryRow(query, tables);
    const header: Header = {
      format: FORMAT,
      version: VERSION,
      schemaMigration: await schemaMigration(query),
      createdAt: new Date().toISOString(),
      tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
    };
    const rows: Record<string, number> = {};
    await writeLines(file, backupLines(query, header, tables, rows));
    await putBackRowSecurity();
    return { schemaMigration: header.schemaMigration, rows };
  });
}

async function* backupLines(
  query: OwnerQuery,
  header: Header,
  tables: TableInfo[],
  counts: Record<string, number>,
): AsyncGenerator<string> {
  yield `${JSON.stringify(header)}\n`;
  for (const table of tables) {
    yield `${JSON.stringify(["table", table.name])}\n`;
    let count = 0;
    for await (const batch of tableRows(query, table)) {
      count += batch.length;
      yield `${batch.join("\n")}\n`;
    }
    counts[table.name] = count;
  }
  yield `${JSON.stringify(["end", counts])}\n`;
}

/** The rows of one table as PostgreSQL's JSON text, in primary-key order, a batch at a time. */
async function* tableRows(query: OwnerQuery, table: TableInfo): AsyncGenerator<string[]> {
  const order = table.primaryKey.length > 0 ? ` order by ${table.primaryKey.map(ident).join(", ")}` : "";
  await query(
    `declare samen_backup no scroll cursor for select row_to_json(samen_row)::text as r from ${ident(table.name)} samen_row${order}`,
  );
  for (;;) {
    const batch = await query<{ r: string }>(`fetch ${BATCH} from samen_backup`);
    if (batch.length === 0) break;
    yield batch.map((row) => row.r);
  }
  await query("close samen_backup");
}
