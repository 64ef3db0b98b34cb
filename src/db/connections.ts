/**
 * Connections to a PostgreSQL server that survive the server ending them (a restart, a
 * failover, pg_terminate_backend). A pg Client emits 'error' when its connection dies, and an
 * 'error' event without a listener ends the process. pg-pool listens only while a client is
 * idle; a client checked out for a transaction had none, so a connection ended between two
 * statements of a transaction took the server down (issue 10). Every client made here has a
 * listener from the moment it exists; the statement that needed the connection fails instead,
 * and the request gets the "try again" page (isDatabaseUnavailable).
 */
import { sql } from "drizzle-orm";
import { drizzle, NodePgTransaction } from "drizzle-orm/node-postgres";
import type { PgDialect } from "drizzle-orm/pg-core";
import pg from "pg";
import { beginsWithSetup, type Db, type Tx } from "./client.js";

export type ConnectionLost = (error: Error) => void;

// A server that does not answer at all (a network partition) fails a request within
// seconds instead of holding it; dead peers are noticed by TCP keepalive.
const resilience = { connectionTimeoutMillis: 5_000, keepAlive: true };

/**
 * pg-pool uses its connectionTimeoutMillis for two waits: a new connection's handshake and
 * a request's turn in the queue for a busy pool. Five seconds suits the first, but bounded the
 * second too, so a burst of bookings that queued behind ten connections got 503s while the
 * server was healthy (issue 16). The handshake keeps five seconds in the client itself; the
 * queue gets a longer bound that still ends a request that can never be served.
 */
const queueWaitMillis = 30_000;

class ConnectTimeoutClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super({ ...config, ...resilience });
    this.query = throughCallback(this.query.bind(this) as AnyQuery) as pg.Client["query"];
  }
}

type AnyQuery = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * pg's query without a callback (drizzle's every query), sent through pg's callback form with
 * a promise of our own. The promise pg makes itself kept each result alive past V8's young
 * collections, so every row read was copied to the old generation and stayed until a full
 * collection: a 1,000,000-response export promoted 50–110 MB and grew the process by as much;
 * through the callback, 9 MB (docs/benchmarks.md, exports at 1M). An error gets the stack of
 * the code that awaited it, as pg's own promise gives it.
 */
function throughCallback(query: AnyQuery): AnyQuery {
  return (config, values, callback) => {
    const submittable = typeof (config as { submit?: unknown } | null)?.submit === "function";
    if (submittable || typeof values === "function" || typeof callback === "function")
      return query(config, values, callback);
    return new Promise((resolve, reject) =>
      query(config, values, (error: Error | null, result: unknown) => (error ? reject(error) : resolve(result))),
    ).catch((error: Error) => {
      Error.captureStackTrace(error);
      throw error;
    });
  };
}

/** A pool whose every connection, idle or checked out, reports its loss instead of crashing. */
export function createPool(config: pg.PoolConfig, onConnectionLost: ConnectionLost): pg.Pool {
  const pool = new pg.Pool({
    keepAlive: true,
    ...config,
    connectionTimeoutMillis: queueWaitMillis,
    Client: ConnectTimeoutClient,
  });
  pool.on("connect", (client) => client.on("error", onConnectionLost));
  // The pool re-emits an idle client's error; the client's own listener has logged it.
  pool.on("error", () => {});
  return pool;
}

/** One connection of its own (migrations, backup, restore), with the same listener. */
export async function connectClient(config: pg.ClientConfig, onConnectionLost: ConnectionLost): Promise<pg.Client> {
  const client = new pg.Client({ ...resilience, ...config });
  client.on("error", onConnectionLost);
  await client.connect();
  return client;
}

/**
 * drizzle over a pool, with transactions on a client checked out here: drizzle's own sends
 * BEGIN before its try/finally, so a connection lost during BEGIN never went back to the pool,
 * and ten such losses left every later request waiting for a connection forever.
 */
export function poolDatabase(pool: pg.Pool): Db {
  const db = drizzle(pool) as unknown as Db;
  db.transaction = (fn, config) => onPooledClient(pool, (client) => client.transaction(fn, config));
  // An organisation's transaction: `begin` and its settings in one round trip (withOrg).
  beginsWithSetup(db, (setup, fn) =>
    onPooledClient(pool, async (client) => {
      // As drizzle's own transaction does, with the setup in the text of its `begin`: several
      // statements in one simple-protocol query, which pg sends when there are no parameters.
      const session = client._.session as unknown as ConstructorParameters<typeof NodePgTransaction>[1];
      const { dialect } = session as unknown as { dialect: PgDialect };
      const tx = new NodePgTransaction(dialect, session, undefined) as unknown as Tx;
      await tx.execute(sql.raw(`begin; ${setup}`));
      try {
        const result = await fn(tx);
        await tx.execute(sql`commit`);
        return result;
      } catch (error) {
        await tx.execute(sql`rollback`);
        throw error;
      }
    }),
  );
  return db;
}

/** fn with drizzle over a client checked out of the pool, released (destroyed when the connection was lost) after. */
async function onPooledClient<T>(pool: pg.Pool, fn: (client: Db) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    return await fn(drizzle(client) as unknown as Db);
  } catch (error) {
    failure = error instanceof Error && isDatabaseUnavailable(error) ? error : undefined;
    throw error;
  } finally {
    // With the error, the pool destroys the client rather than hand it out again.
    client.release(failure);
  }
}

/** Messages pg gives errors of a lost connection, which carry no code. */
const lostConnection = [
  "Connection terminated",
  "Client has encountered a connection error",
  "timeout exceeded when trying to connect",
  "timeout expired",
];
const networkCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * Whether an error (or its cause: drizzle wraps the driver's) means the database cannot be
 * reached for now: a lost or refused connection, or a server shutting down or starting up.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    const code = codeOf(e);
    if (code && (code.startsWith("08") || /^57P0[123]$/.test(code) || networkCodes.has(code))) return true;
    return lostConnection.some((message) => e.message.startsWith(message));
  });
}

/** No connection could be made: the server refuses, is starting up, or does not answer. */
const cannotConnect = new Set(["08001", "08004", "57P03", "ECONNREFUSED", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * Whether the database was there and an open connection was lost (ended by the server or the
 * network), so that a new connection may well work at once; not when none could be made.
 */
export function isConnectionLost(error: unknown): boolean {
  const all = causes(error);
  const refused = all.some((e) => cannotConnect.has(codeOf(e) ?? "") || /^timeout/.test(e.message));
  return !refused && isDatabaseUnavailable(error);
}

function causes(error: unknown): Error[] {
  const all: Error[] = [];
  for (let e = error; e instanceof Error; e = e.cause) all.push(e);
  return all;
}

function codeOf(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}
