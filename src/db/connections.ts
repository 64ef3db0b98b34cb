/**
 * Connections to a PostgreSQL server that survive the server ending them (a restart, a
 * failover, pg_terminate_backend). A pg Client emits 'error' when its connection dies, and an
 * 'error' event without a listener ends the process. pg-pool listens only while a client is
 * idle; a client checked out for a transaction had none, so a connection ended between two
 * statements of a transaction took the server down (issue 10). Every client made here has a
 * listener from the moment it exists; the statement that needed the connection fails instead,
 * and the request gets the "try again" page (isDatabaseUnavailable).
 */
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Db } from "./client.js";

export type ConnectionLost = (error: Error) => void;

const resilience = {
  // A server that does not answer at all (a network partition) fails a request within
  // seconds instead of holding it; dead peers are noticed by TCP keepalive.
  connectionTimeoutMillis: 5_000,
  keepAlive: true,
};

/** A pool whose every connection, idle or checked out, reports its loss instead of crashing. */
export function createPool(config: pg.PoolConfig, onConnectionLost: ConnectionLost): pg.Pool {
  const pool = new pg.Pool({ ...resilience, ...config });
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
  db.transaction = async (fn, config) => {
    const client = await pool.connect();
    let failure: Error | undefined;
    try {
      return await (drizzle(client) as unknown as Db).transaction(fn, config);
    } catch (error) {
      failure = error instanceof Error && isDatabaseUnavailable(error) ? error : undefined;
      throw error;
    } finally {
      // With the error, the pool destroys the client rather than hand it out again.
      client.release(failure);
    }
  };
  return db;
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
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (code.startsWith("08") || /^57P0[123]$/.test(code) || networkCodes.has(code)))
      return true;
    if (lostConnection.some((message) => e instanceof Error && e.message.startsWith(message))) return true;
  }
  return false;
}
