/**
 * ANALYZE as the tables' owner (samen_app may not): the planner's statistics at once, where an
 * embedded database would otherwise never have them (PGlite runs no autovacuum).
 */
import { getTableName, type Table } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "./client.js";

const dialect = new PgDialect();

export function analyzeAsOwner(database: Pick<Database, "ownerExec">) {
  return (tables: readonly Table[]): Promise<void> =>
    database.ownerExec(`ANALYZE ${tables.map((table) => dialect.escapeName(getTableName(table))).join(", ")}`);
}
