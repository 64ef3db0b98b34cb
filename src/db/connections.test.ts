/**
 * The pool's two waits (issue 16): a request queued behind busy connections waits its turn
 * (a burst must not get 503s from a healthy server), while a server that does not answer the
 * handshake at all fails the connection within seconds. Talks to the PostgreSQL server the
 * machine runs, whichever database the suite is on.
 */
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createPool, isDatabaseUnavailable } from "./connections.js";

const serverUrl = "postgres://postgres@127.0.0.1:5432/postgres";
const ignore = () => {};

describe("the connection pool", () => {
  const accepted: net.Socket[] = [];
  const silent = net.createServer((socket) => accepted.push(socket)); // never answers: a partition
  afterAll(async () => {
    for (const socket of accepted) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it("lets a request wait longer than the handshake timeout for a busy pool's connection", async () => {
    const pool = createPool({ connectionString: serverUrl, max: 1 }, ignore);
    try {
      const held = await pool.connect();
      setTimeout(() => held.release(), 6_000);
      const started = Date.now();
      const { rows } = await pool.query<{ one: number }>("select 1 as one");
      expect(rows[0]?.one).toBe(1);
      expect(Date.now() - started).toBeGreaterThanOrEqual(5_500);
    } finally {
      await pool.end();
    }
  }, 20_000);

  it("fails a connection to a server that never answers within seconds, as unavailable", async () => {
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const pool = createPool({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`, max: 1 }, ignore);
    try {
      const started = Date.now();
      const error = await pool.query("select 1").then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await pool.end();
    }
  }, 20_000);
});
