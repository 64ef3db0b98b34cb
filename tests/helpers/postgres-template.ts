/**
 * A migrated template database on the PostgreSQL server, made once per set of migrations
 * (vitest globalSetup). Each test file's database is then `CREATE DATABASE … TEMPLATE`, a copy
 * of files, instead of running every migration again: that took several seconds per test file,
 * most of the PostgreSQL stage of CI. The name carries the migrations' hash, so a changed
 * migration never copies a stale template; connections to the template are not allowed, so
 * a copy never fails because someone is connected to it.
 */
import pg from "pg";
import { openDatabase } from "../../src/db/client.js";
import { migrationsHash } from "./pglite-template.js";

/** Where globalSetup tells the test workers (forked after it) which template to copy. */
export const TEMPLATE_ENV = "SAMEN_TEST_PG_TEMPLATE";
/** Templates of other migrations (other branches, earlier runs) are dropped after this long. */
const KEEP_DAYS = 3;
const COMMENT = "samen test template";

export async function ensurePostgresTemplate(serverUrl: string): Promise<string> {
  const name = `samen_tpl_${migrationsHash()}`;
  if (!(await exists(serverUrl, name))) await build(serverUrl, name);
  await dropStaleTemplates(serverUrl, name);
  return name;
}

async function build(serverUrl: string, name: string): Promise<void> {
  const building = `${name}_${process.pid}`;
  await query(serverUrl, `CREATE DATABASE ${building}`);
  const database = await openDatabase({ url: withDatabase(serverUrl, building) });
  await database.close();
  try {
    await query(serverUrl, `ALTER DATABASE ${building} RENAME TO ${name}`);
  } catch (error) {
    // Another run made the same template meanwhile: theirs serves as well.
    await query(serverUrl, `DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    if (!(await exists(serverUrl, name))) throw error;
    return;
  }
  await query(serverUrl, `ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  await query(serverUrl, `COMMENT ON DATABASE ${name} IS '${COMMENT} ${new Date().toISOString()}'`);
}

async function dropStaleTemplates(serverUrl: string, keep: string): Promise<void> {
  const { rows } = await query<{ datname: string; made: string }>(
    serverUrl,
    `SELECT d.datname, substr(s.description, ${COMMENT.length + 2}) AS made
       FROM pg_database d JOIN pg_shdescription s ON s.objoid = d.oid
      WHERE s.description LIKE '${COMMENT} %' AND d.datname <> '${keep}'`,
  );
  const cutoff = Date.now() - KEEP_DAYS * 86_400_000;
  for (const row of rows.filter((r) => Date.parse(r.made) < cutoff)) {
    await query(serverUrl, `ALTER DATABASE ${row.datname} WITH IS_TEMPLATE false`);
    await query(serverUrl, `DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
  }
}

async function exists(serverUrl: string, name: string): Promise<boolean> {
  const { rows } = await query(serverUrl, `SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
  return rows.length > 0;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function query<Row extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<pg.QueryResult<Row>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<Row>(text, values);
  } finally {
    await client.end();
  }
}
