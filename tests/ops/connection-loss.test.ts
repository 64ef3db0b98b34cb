/**
 * A database server that ends the app's connections (a restart, a failover, an operator)
 * must not take the app down: the pool drops the dead connections and connects anew.
 * On PostgreSQL the test ends every connection of the server's database; the embedded
 * database has none to end, so there it checks only that the server keeps answering.
 */
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { useServerTarget } from "../helpers/cli.js";
import { startServer } from "../helpers/processes.js";

vi.setConfig({ testTimeout: 120_000 });

const target = useServerTarget();

/** Ends every other connection to the database of `url`, as an administrator would; returns how many. */
async function endConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ ended: number }>(
      `select count(*) filter (where pg_terminate_backend(pid))::int as ended
       from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    return rows[0]?.ended ?? 0;
  } finally {
    await client.end();
  }
}

describe("losing the database connections", () => {
  it("keeps the server up and answering once the database server has ended them", async () => {
    const server = await startServer(target().env);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const url = target().env.DATABASE_URL;
    if (url) expect(await endConnections(url)).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${server.url}/sign-in`)).status).toBe(200);
  });
});
