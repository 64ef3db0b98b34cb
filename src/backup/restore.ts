/**
 * Restore: replaces every row of the database with the backup's, in one
 * transaction, so a restore that fails half-way (a damaged file, a constraint)
 * changes nothing. Only into a database at the same schema migration.
 */
import type { Database, OwnerQuery } from "../db/client.js";
import { readLines } from "./file.js";
import { BackupError } from "./backup-error.js";
import { isRow, parseControl, parseHeader, type Header } from "./format.js";
import { seeEveryRow } from "./row-security.js";
import { schemaMigration } from "./schema-migration.js";
import { ident, listTables, type TableInfo } from "./tables.js";

const BATCH_ROWS = 1000;
const BATCH_CHARS = 4_000_000;

export interface RestoreSummary {
  schemaMigration: string;
  createdAt: string;
  rows: Record<string, number>;
}

export async function restoreBackup(database: Pick<Database, "withOwner">, file: string): Promise<RestoreSummary> {
  const lines = readLines(file);
  try {
    const header = parseHeader((await lines.next()).value ?? undefined);
    return await replaceAll(database, header, lines);
  } finally {
    await lines.return(undefined);
  }
}

function replaceAll(database: Pick<Database, "withOwner">, header: Header, lines: AsyncIterable<string>) {
  return database.withOwner(async (query): Promise<RestoreSummary> => {
    const current = await schemaMigration(query);
    if (header.schemaMigration !== current) {
      throw new BackupError(
        `This backup was made of a database at migration ${header.schemaMigration}; this database is at ${current}. ` +
          `Restore it with the version of Samen that made it.`,
      );
    }
    const tables = await listTables(query);
    assertSameTables(header, tables);
    const putBackRowSecurity = await seeEveryRow(query, tables);
    await query(`truncate ${tables.map((t) => ident(t.name)).join(", ")}`);
    const rows = await insertAll(query, tables, lines);
    await resetSequences(query);
    await putBackRowSecurity();
    return { schemaMigration: current, createdAt: header.createdAt, rows };
  });
}

function assertSameTables(header: Header, tables: TableInfo[]): void {
  const shape = (list: { name: string; columns: string[] }[]) =>
    list.map((t) => `${t.name}(${[...t.columns].sort().join(",")})`).sort();
  if (JSON.stringify(shape(header.tables)) !== JSON.stringify(shape(tables))) {
    throw new BackupError("The tables in this backup differ from the tables in this database.");
  }
}

/** Inserts the rows line by line in batches; checks the counts in the last line. */
async function insertAll(query: OwnerQuery, tables: TableInfo[], lines: AsyncIterable<string>) {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const counts: Record<string, number> = {};
  let table: TableInfo | undefined;
  let batch: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (table && batch.length > 0) await insertBatch(query, table, batch);
    batch = [];
    chars = 0;
  };
  for await (const line of lines) {
    if (isRow(line)) {
      if (!table) throw new BackupError("The backup file is damaged: a row comes before its table.");
      batch.push(line);
      chars += line.length;
      counts[table.name] = (counts[table.name] ?? 0) + 1;
      if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
      continue;
    }
    await flush();
    const control = parseControl(line);
    if (control[0] === "end") {
      if (tables.some((t) => (control[1][t.name] ?? 0) !== (counts[t.name] ?? 0))) {
        throw new BackupError("The backup file is damaged: its row counts do not match its rows.");
      }
      return counts;
    }
    table = byName.get(control[1]);
    if (!table) throw new BackupError(`The backup file is damaged: unknown table ${control[1]}.`);
  }
  throw new BackupError("The backup file is incomplete: it ends before its last line.");
}

/** PostgreSQL turns the JSON back into typed values itself: every type round-trips exactly. */
async function insertBatch(query: OwnerQuery, table: TableInfo, rows: string[]): Promise<void> {
  const columns = table.columns.map(ident).join(", ");
  await query(
    `insert into ${ident(table.name)} (${columns}) overriding system value ` +
      `select ${columns} from json_populate_recordset(null::${ident(table.name)}, $1::json)`,
    [`[${rows.join(",")}]`],
  );
}

/** Sequences (serial and identity columns) continue after the restored rows. */
async function resetSequences(query: OwnerQuery): Promise<void> {
  const sequences = await query<{ sequence: string; tbl: string; col: string }>(`
    select s.sequence, c.relname::text as tbl, a.attname::text as col
    from pg_class c
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    cross join lateral (select pg_get_serial_sequence(format('public.%I', c.relname), a.attname) as sequence) s
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and s.sequence is not null`);
  for (const s of sequences) {
    await query(`select setval($1, coalesce((select max(${ident(s.col)}) from ${ident(s.tbl)}), 0) + 1, false)`, [
      s.sequence,
    ]);
  }
}
