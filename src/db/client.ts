/**
 * The database: embedded PGlite in DATA_DIR by default, a PostgreSQL server
 * when DATABASE_URL is set. Same schema, same migrations, same queries.
 *
 * Migrations, the job queue, backup and restore run as the owner role (DATABASE_URL); every
 * other query runs as samen_app, which owns nothing and cannot bypass row-level security. On a
 * PostgreSQL server the app logs in as samen_app (or the role of DATABASE_APP_URL), so no
 * RESET ROLE can bring the owner back; PGlite has one connection, opened as its owner, so there
 * the app switches with SET ROLE (docs/decisions/001).
 */
import { PGlite, protocol } from "@electric-sql/pglite";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import fs from "node:fs";
import path from "node:path";
import type { ConnectionLost } from "./connections.js";
import { lockDataDir } from "./data-dir-lock.js";
import { yieldToEventLoopBetweenQueries } from "./event-loop-fairness.js";
import { migrationsFolder } from "../paths.js";
import { migrationsRecorded } from "./migrations-journal.js";
import { byteaParsers, byteaSerializers } from "./pglite-bytea.js";
import { createPglite } from "./pglite-compilation.js";
import { copyPgliteTemplate, type TemplateExtra } from "./pglite-template.js";
import type { TemplateCopyAhead } from "./template-ahead.js";

/**
 * Without drizzle's relational query API (db.query.…): it is not used here, and with a schema
 * given, drizzle builds a query builder for every table in every transaction it opens.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executor = Db | Tx;

export const APP_ROLE = "samen_app";
/** What the app becomes for the advisor's workspace: read-only, across the organisations that invited the advisor. */
export const ADVISOR_ROLE = "samen_advisor";

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs SQL as the owner role (backup, restore, job queue setup). */
  ownerExec(sqlText: string): Promise<void>;
  /**
   * Runs one statement (with parameters) or several (without) as the owner role,
   * for the job queue, which keeps its own schema outside row-level security.
   */
  ownerSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /**
   * Runs fn in one transaction as the owner role, rolled back if fn throws.
   * Only the CLI's backup and restore use it: they must read and replace every
   * organisation's rows, which row-level security hides from samen_app.
   */
  withOwner<T>(fn: (query: OwnerQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A parameterised query inside withOwner; returns the rows as the driver parses them. */
export type OwnerQuery = <T>(text: string, params?: unknown[]) => Promise<T[]>;

export interface OpenOptions {
  /** postgres:// URL of the owner role; without it, the embedded database. */
  url?: string | undefined;
  /** postgres:// URL the app logs in with; by default the owner's URL as samen_app without a password. */
  appUrl?: string | undefined;
  /** Told when the server ends an idle pooled connection (a restart, a failover); the pool reconnects. */
  onConnectionLost?: ConnectionLost;
  /** Data directory for PGlite, or "memory://" for a throwaway database. */
  dataDir?: string;
  /**
   * A PGlite data directory dumped with dumpDataDir() to start from instead of
   * an empty one (tests: skips initdb and the migrations already applied).
   */
  pgliteTemplate?: Blob | undefined;
  /** What a new embedded data directory's template holds besides the migrations (the server's job queue). */
  templateExtra?: TemplateExtra | undefined;
  /** A copy of the template begun before the modules loaded (the server's fresh start). */
  templateCopyAhead?: TemplateCopyAhead | null | undefined;
}

/** Opens, migrates and checks the database; the returned db runs as samen_app. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  // The PostgreSQL driver loads only for a server: the embedded database (and a command on it)
  // does without its modules.
  const database = options.url
    ? await (
        await import("./postgres.js")
      ).openPostgres(options.url, options.appUrl ?? appLoginUrl(options.url), options.onConnectionLost ?? (() => {}))
    : await openPglite(options.dataDir ?? "./data", options);
  try {
    await assertRowLevelSecurityApplies(database.db, database.kind === "postgres" ? "session_user" : "current_user");
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/**
 * PostgreSQL's page cache inside the process. initdb's 128 MB is resident from the start (with
 * it the server measured about 120 MB more after start); one school's data is far smaller, and
 * pages read again come from the operating system's file cache.
 */
const PGLITE_SHARED_BUFFERS = "16MB";

async function openPglite(
  dataDir: string,
  { pgliteTemplate: template, templateExtra: extra, templateCopyAhead: ahead }: OpenOptions,
): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  try {
    // A new data directory starts as a copy of the migrated template instead of initdb.
    if (!inMemory && !template && !fs.existsSync(path.join(dataDir, "PG_VERSION")))
      await copyPgliteTemplate(dataDir, extra, ahead);
    const client = await createPglite({
      dataDir: inMemory ? undefined : dataDir,
      loadDataDir: template,
      startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
      serializers: byteaSerializers,
      parsers: byteaParsers,
    });
    yieldToEventLoopBetweenQueries(client);
    const db = drizzlePglite(client) as unknown as Db;
    if (!(await migrationsRecorded((text) => client.query(text)))) {
      await migratePglite(drizzlePglite(client), { migrationsFolder });
    }
    // PGlite is one connection: switching its role once covers every query.
    await client.exec(`SET ROLE ${APP_ROLE}`);
    return {
      db,
      kind: "pglite",
      // Three protocol messages under both of the client's locks: no app query can run in
      // between, and the text is a query of its own, so VACUUM (refused in a multi-statement
      // string) can run too.
      async ownerExec(text) {
        const run = (statement: string) => client.execProtocol(protocol.serialize.query(statement));
        await client._runExclusiveTransaction(() =>
          client._runExclusiveQuery(async () => {
            await run("RESET ROLE");
            try {
              await run(text);
            } finally {
              await run(`SET ROLE ${APP_ROLE}`);
            }
          }),
        );
      },
      // One exec call or one transaction is atomic on PGlite's single connection,
      // so no app query can run in between with the owner role.
      async ownerSql(text, values) {
        if (!values?.length) {
          const results = await client.exec(`RESET ROLE; ${text}; SET ROLE ${APP_ROLE}`);
          return { rows: results.at(-2)?.rows ?? [] };
        }
        return client.transaction(async (tx) => {
          await tx.exec("SET LOCAL ROLE NONE");
          return { rows: (await tx.query(text, values)).rows };
        });
      },
      withOwner(fn) {
        return client.transaction(async (tx) => {
          // The session's own (owner) role for this transaction only; samen_app again after it.
          await tx.exec("SET LOCAL ROLE NONE");
          return fn(async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows);
        });
      },
      async close() {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** The owner's URL with samen_app as the user and no password: a server that trusts local connections (development). */
export function appLoginUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = "";
  return url.toString();
}

/**
 * Refuses to run as a role that row-level security does not apply to: a superuser, a role with
 * BYPASSRLS, the owner of a table, or a role that may become one of those (SET ROLE to a role it
 * is a member of). On a server the login role (session_user) is checked, since RESET ROLE
 * returns to it; on PGlite the role the app switched to (current_user).
 */
export async function assertRowLevelSecurityApplies(
  db: Db,
  who: "session_user" | "current_user" = "current_user",
): Promise<void> {
  const role = sql.raw(who);
  const result = await db.execute(sql`
    select ${role}::text as name,
      exists (select 1 from pg_roles r
        where (r.rolsuper or r.rolbypassrls) and pg_has_role(${role}, r.oid, 'MEMBER')) as bypasses,
      exists (select 1 from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
          and pg_has_role(${role}, c.relowner, 'MEMBER')) as owns`);
  const [found] = rowsOf<{ name: string; bypasses: boolean; owns: boolean }>(result);
  if (!found || found.bypasses || found.owns) {
    throw new Error(
      `The database role "${found?.name ?? "?"}" is a superuser, bypasses row-level security or owns the tables; ` +
        "Samen refuses to serve as it. Let the app log in as samen_app (see DATABASE_APP_URL in the README).",
    );
  }
}

/** The rows of a raw query; both drivers return them as .rows. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

const dialect = new PgDialect();

/**
 * A statement whose text drizzle builds once per process (not on every call), and that
 * PostgreSQL keeps prepared under `name` on each connection, so it is parsed and planned
 * once per connection rather than on every call: for a lookup over a few joined tables under
 * row-level security, building and planning cost more than running it. For the statements
 * that run on every request or response. Values go in as `sql.placeholder(key)`; rows come
 * back as the driver gives them (timestamps as PostgreSQL's text, which `new Date` reads).
 */
export function preparedStatement<Row>(name: string, build: () => SQL) {
  let query: ReturnType<PgDialect["sqlToQuery"]> | undefined;
  return async (executor: Executor, values: Record<string, unknown>): Promise<Row[]> => {
    query ??= dialect.sqlToQuery(build());
    return rowsOfQuery<Row>(executor, query, name, values);
  };
}

/**
 * A statement whose text drizzle builds once for a task that runs it many times with
 * other values (`sql.placeholder(key)`), such as an export's batches; unnamed, so
 * PostgreSQL plans it for each call's values. Building a long statement again for every
 * call made ~1 MB of garbage each time.
 */
export function builtStatement<Row>(statement: SQL) {
  const query = dialect.sqlToQuery(statement);
  return (executor: Executor, values: Record<string, unknown>): Promise<Row[]> =>
    rowsOfQuery<Row>(executor, query, undefined, values);
}

/** Runs built SQL (under `name` when prepared) and gives its rows as the driver reads them. */
async function rowsOfQuery<Row>(
  executor: Executor,
  query: { sql: string; params: unknown[] },
  name: string | undefined,
  values?: Record<string, unknown>,
): Promise<Row[]> {
  return rowsOf<Row>(await executor._.session.prepareQuery(query, undefined, name, false).execute(values));
}

/** What drizzle's `.prepare(name)` made of a query builder: the text, and how its rows are mapped. */
interface BuiltQuery {
  query: { sql: string; params: unknown[] };
  fields: unknown;
  _isResponseInArrayMode: boolean;
  joinsNotNullableMap?: Record<string, boolean>;
}

/** A query builder that drizzle can prepare (a select, an insert, an update). */
interface Preparable<R> {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<R> };
}

/**
 * preparedStatement for a drizzle query builder, with drizzle's mapping of its rows (column
 * names, dates): the builder (`build`, with `sql.placeholder(…)` for the values) is built once
 * per process instead of on every call, where drizzle's `.prepare(name)` builds it every time
 * and only saves PostgreSQL's planning. For the queries on a request's hot path (a booking).
 */
export function preparedQuery<R>(name: string, build: (executor: Executor) => Preparable<R>) {
  let built: BuiltQuery | undefined;
  return (executor: Executor, values: Record<string, unknown> = {}): Promise<R> => {
    // Only what the text and the mapping need: the prepared object holds the first caller's client.
    built ??= builtParts(build(executor).prepare(name) as unknown as BuiltQuery);
    const fields = built.fields as Parameters<Executor["_"]["session"]["prepareQuery"]>[1];
    const query = executor._.session.prepareQuery(built.query, fields, name, built._isResponseInArrayMode);
    (query as unknown as Pick<BuiltQuery, "joinsNotNullableMap">).joinsNotNullableMap = built.joinsNotNullableMap;
    return query.execute(values) as Promise<R>;
  };
}

function builtParts({ query, fields, _isResponseInArrayMode, joinsNotNullableMap }: BuiltQuery): BuiltQuery {
  return { query, fields, _isResponseInArrayMode, joinsNotNullableMap };
}

/**
 * A statement as text with $1… parameters, through a drizzle executor (the pool, or the
 * caller's transaction): for a library that brings its own SQL, such as pg-boss queueing
 * a job in the transaction of the change that causes it.
 */
export function rawQuery<Row>(executor: Executor, text: string, values: unknown[] = []): Promise<Row[]> {
  return rowsOfQuery<Row>(executor, { sql: text, params: values }, undefined);
}

/**
 * column = any(values) with the list as one array parameter: unlike inArray, the text stays
 * the same whatever the list's length, so the query can be a prepared statement.
 */
export function anyOf(column: AnyColumn, values: readonly string[]): SQL {
  return sql`${column} = any(${sql.param(values)}::uuid[])`;
}

/** anyOf with the list as a placeholder, for a statement built once (preparedQuery). */
export function anyOfPlaceholder(column: AnyColumn, name: string): SQL {
  return sql`${column} = any(${sql.placeholder(name)}::uuid[])`;
}

/** set_config(…, true) for each name and value, as one prepared statement whatever their number. */
const applySettings = preparedStatement(
  "app_settings",
  () => sql`select set_config(name, value, true)
    from unnest(${sql.placeholder("names")}::text[], ${sql.placeholder("values")}::text[]) as s(name, value)`,
);

export interface Scope {
  orgId: string | null;
  userId: string | null;
}

/**
 * Runs fn in a transaction scoped to one organisation. The settings are local
 * to the transaction (set_config(…, true)), so nothing leaks through a pool.
 * `more` adds settings (name → value) that policies read, in the same round trip.
 * The role is set too: on PGlite, logged in as the owner, an injected
 * set_config('role', 'none', false) would otherwise leave every later
 * transaction of every school running as the owner (docs/decisions/001).
 */
export function withOrg<T>(
  db: Db,
  scope: Scope,
  fn: (tx: Tx) => Promise<T>,
  more: Record<string, string> = {},
): Promise<T> {
  const values = settingsOf(scope, more);
  const joined = joinable.get(db);
  if (joined && keyOf(joined) === keyOf(values)) return fn(db as Tx);
  const nested = transactionWith(db, values, fn);
  if (!joined) return nested;
  // A released savepoint keeps its settings (a rolled-back one undoes them): another scope's
  // work inside a joined transaction must not leave the rest of it running as that scope.
  return nested.then(async (result) => {
    await applySettings(db as Tx, joined);
    return result;
  });
}

/**
 * The same transaction, which a withOrg of the same scope inside it joins instead of opening a
 * savepoint and setting the same settings again: two round trips fewer for a form post that
 * claims its one-time token and runs its service in one transaction (oncePerForm). Without the
 * savepoint a statement that fails ends the whole transaction: for a service that reads
 * nothing in it after a failed statement, and retries a deadlock around the whole of it.
 */
export function withOrgJoined<T>(
  db: Db,
  scope: Scope,
  fn: (tx: Tx) => Promise<T>,
  options: { keyLookups?: boolean } = {},
): Promise<T> {
  const values = settingsOf(scope, {});
  const setup = options.keyLookups ? settingsOf(scope, KEY_LOOKUPS) : values;
  // Joined by the scope alone: how its statements are planned is not part of whose they are.
  return transactionWith(db, setup, (tx) => {
    joinable.set(tx, values);
    return fn(tx);
  });
}

/**
 * How a driver opens a transaction whose first round trip also runs `setup`: `begin; <setup>` as
 * one simple-protocol query. The pool of a PostgreSQL server registers one (connections.ts).
 * PGlite does not: its transaction() sends its own BEGIN through a private method under the lock
 * that keeps every other query out of the transaction, and its public query and exec take that
 * same lock; on one in-process connection the BEGIN is a call, not a network round trip.
 */
export type TransactionWithSetup = <T>(setup: string, fn: (tx: Tx) => Promise<T>) => Promise<T>;

const transactionsWithSetup = new WeakMap<object, TransactionWithSetup>();

/** Lets `db`'s organisation transactions begin and set their settings in one round trip. */
export function beginsWithSetup(db: Db, open: TransactionWithSetup): void {
  transactionsWithSetup.set(db, open);
}

/**
 * A transaction (a savepoint inside one) with the settings set before fn runs: in the round trip
 * of its `begin` where the driver can and every value is one of ours (settingsText), else as a
 * prepared statement after it.
 */
function transactionWith<T>(db: Db, settings: Settings, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const open = transactionsWithSetup.get(db);
  const text = open && settingsText(settings);
  if (open && text) return open(text, fn);
  return db.transaction(async (tx) => {
    await applySettings(tx, settings);
    return fn(tx);
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SETTING_NAME = /^(role|plan_cache_mode|enable_seqscan|app\.[a-z_]+)$/;

/**
 * How a transaction of short statements by key is planned (withOrgJoined's `keyLookups`, a
 * booking): each prepared statement with its generic plan, made once per connection, and every
 * lookup through an index. PostgreSQL otherwise plans such a statement again at every call when
 * its generic plan looks dearer than a custom one, and for the reads of a booking's
 * confirmation the planning cost more than the running (docs/benchmarks.md, booking, session 17).
 * Without a plan's knowing how many keys an `= any($1)` holds, a generic plan would hash-join
 * every guardian of the school instead of looking up the one child's: hence no sequential scans.
 * That holds only for a generic plan made in such a transaction: one the statement already has
 * on the connection is used as it is (PostgreSQL makes it at a statement's sixth call elsewhere,
 * with sequential scans allowed, and keeps it even while custom plans win; the plan cache does
 * not look at enable_seqscan). Unnamed statements in such a transaction are planned the same
 * way, so it is for transactions whose every statement is a lookup, insert or update by key.
 */
export const KEY_LOOKUPS = { plan_cache_mode: "force_generic_plan", enable_seqscan: "off" } as const;

/** Values of ours that settingsText may write into SQL. */
const FIXED_VALUES = new Set<string>([APP_ROLE, ADVISOR_ROLE, ...Object.values(KEY_LOOKUPS)]);

/**
 * The settings as one `select set_config(…, true), …` with the values written into the text, for
 * the simple protocol, which takes no parameters: only when every name is the role, one of
 * KEY_LOOKUPS' or an `app.` setting and every value one of ours (FIXED_VALUES), a UUID or empty,
 * so no text that came from a request is ever written into SQL. Anything else (a measurement
 * link) is undefined: set as parameters.
 */
export function settingsText(settings: Settings): string | undefined {
  const calls: string[] = [];
  for (const [i, name] of settings.names.entries()) {
    const value = settings.values[i]!;
    if (!SETTING_NAME.test(name) || !(value === "" || FIXED_VALUES.has(value) || UUID.test(value))) return undefined;
    calls.push(`set_config('${name}', '${value}', true)`);
  }
  return `select ${calls.join(", ")}`;
}

/** Whether `db` is a transaction of withOrgJoined, which a service's withOrg joins. */
export function isJoinedTransaction(db: Executor): boolean {
  return joinable.has(db);
}

/** Transactions of withOrgJoined, with their settings. */
const joinable = new WeakMap<object, Settings>();

/** Settings of a transaction: names and their values, in order. */
export type Settings = ReturnType<typeof settingsOf>;

function settingsOf(scope: Scope, more: Record<string, string>) {
  const settings = { role: APP_ROLE, "app.org_id": scope.orgId ?? "", "app.user_id": scope.userId ?? "", ...more };
  return { names: Object.keys(settings), values: Object.values(settings) };
}

const keyOf = (settings: Settings) => JSON.stringify([settings.names, settings.values]);
