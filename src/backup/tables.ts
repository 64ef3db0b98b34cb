/**
 * The tables a backup holds, read from the database's own catalog so that a
 * table another engineer adds tomorrow is backed up without anyone touching
 * this file: every table in the public schema (drizzle keeps its migration
 * journal in its own schema), parents before the tables that refer to them.
 */
import type { OwnerQuery } from "../db/client.js";

export interface TableInfo {
  name: string;
  /** Columns that take a value on insert: generated columns are left out. */
  columns: string[];
  primaryKey: string[];
  /** FORCE ROW LEVEL SECURITY: row-level security applies even to the owner. */
  forcedRowSecurity: boolean;
}

interface CatalogRow {
  name: string;
  columns: string[];
  primary_key: string[];
  forced: boolean;
}

/** Every public table, in foreign-key order. */
export async function listTables(query: OwnerQuery): Promise<TableInfo[]> {
  const rows = await query<CatalogRow>(`
    select c.relname::text as name,
      array(select a.attname::text from pg_attribute a
            where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
            order by a.attnum) as columns,
      array(select a.attname::text from pg_index i
            cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
            join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
            where i.indrelid = c.oid and i.indisprimary order by k.ord) as primary_key,
      c.relforcerowsecurity as forced
    from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
    order by c.relname`);
  const edges = await query<{ child: string; parent: string }>(`
    select a.relname::text as child, b.relname::text as parent
    from pg_constraint k join pg_class a on a.oid = k.conrelid join pg_class b on b.oid = k.confrelid
    where k.contype = 'f' and a.relnamespace = 'public'::regnamespace`);
  const tables = rows.map((r) => ({
    name: r.name,
    columns: r.columns,
    primaryKey: r.primary_key,
    forcedRowSecurity: r.forced,
  }));
  return foreignKeyOrder(tables, edges);
}

/**
 * Orders tables so each comes after the tables it refers to (Kahn's algorithm,
 * alphabetical among equals so the order is stable). A cycle between tables
 * cannot be restored row by row and is refused. A reference of a table to
 * itself is not ordered (none exists yet): its rows are restored in
 * primary-key order, so such a table would need deferrable constraints.
 */
export function foreignKeyOrder<T extends { name: string }>(
  tables: T[],
  edges: { child: string; parent: string }[],
): T[] {
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const { child, parent } of edges) {
    if (child !== parent && parents.has(parent)) parents.get(child)?.add(parent);
  }
  const ordered: T[] = [];
  const done = new Set<string>();
  let remaining = tables;
  while (remaining.length > 0) {
    const ready = remaining.filter((t) => [...(parents.get(t.name) ?? [])].every((p) => done.has(p)));
    if (ready.length === 0) {
      throw new Error(`These tables refer to each other in a cycle: ${remaining.map((t) => t.name).join(", ")}`);
    }
    for (const t of ready) done.add(t.name);
    ordered.push(...ready);
    remaining = remaining.filter((t) => !done.has(t.name));
  }
  return ordered;
}

/** A quoted SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
