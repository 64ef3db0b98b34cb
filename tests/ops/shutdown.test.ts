/**
 * Graceful shutdown (issue 2, item 9), on the database the suite runs on: the
 * server stops on SIGTERM within seconds with exit code 0, even while a client
 * keeps a connection open, and the same database can be used again at once.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useServerTarget } from "../helpers/cli.js";
import { exitWithin, startServer } from "../helpers/processes.js";

const target = useServerTarget();

describe("graceful shutdown", { timeout: 600_000 }, () => {
  it("exits 0 within a few seconds of SIGTERM, with a keep-alive connection open, and frees the database", async () => {
    const { env } = target();
    const server = await startServer(env);
    const response = await fetch(`${server.url}/healthz`, { headers: { connection: "keep-alive" } });
    expect(response.status).toBe(200);
    server.child.kill("SIGTERM");
    expect(await exitWithin(server, 20_000)).toBe(0);
    if (env.DATA_DIR) expect(fs.existsSync(path.join(env.DATA_DIR, "samen.pid"))).toBe(false);

    const again = await startServer(env);
    expect((await fetch(`${again.url}/readyz`)).status).toBe(200);
    again.child.kill("SIGTERM");
    expect(await exitWithin(again, 20_000)).toBe(0);
  });
});
