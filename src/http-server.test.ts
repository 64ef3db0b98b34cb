/**
 * An address or headers longer than Node takes (16 kB; a long text pasted into a search field that
 * sends it in the address) never reach the app: Node answers them itself. The person still gets a
 * page that says what happened, in both languages (the headers that name theirs were not read).
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestContext } from "../tests/helpers/app.js";
import { createHttpServer } from "./http-server.js";

const ctx = useTestContext();
let base = "";
let server: ReturnType<typeof createHttpServer>;

beforeAll(async () => {
  server = createHttpServer(ctx.app.fetch, ctx.config);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("a request whose address is too long for the server", () => {
  it("gets 431 with a page saying so in Dutch and English, and the server goes on", async () => {
    const response = await fetch(`${base}/advice?q=${"lang ".repeat(5_000)}`);
    expect(response.status).toBe(431);
    expect(response.headers.get("content-type")).toContain("text/html");
    const page = await response.text();
    expect(page).toContain("Dit adres is te lang");
    expect(page).toContain("This address is too long");
    expect((await fetch(`${base}/advice`)).status).toBe(200);
  });
});
