/**
 * Rate limits behind a reverse proxy (TRUST_PROXY): the client's address comes from X-Forwarded-For
 * only through the proxies the configuration trusts; unset, the header is ignored.
 */
import { describe, expect, it } from "vitest";
import { lastMailTo, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createUser } from "../../../tests/helpers/factories.js";

const direct = useTestContext();
const proxied = useTestContext({ TRUST_PROXY: "loopback" });

/** A visitor whose requests reach the app through the proxy on this machine, which names them in X-Forwarded-For. */
function throughProxy(ctx: typeof direct, forwardedFor: string) {
  return new TestClient(ctx.app, { "x-forwarded-for": forwardedFor }, "127.0.0.1");
}

async function askSixLinks(client: TestClient, email: string) {
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await client.post("/sign-in", { email })).status);
  return statuses;
}

describe("without TRUST_PROXY", () => {
  it("ignores X-Forwarded-For: a changed header does not escape the limit of the socket's address", async () => {
    const user = await createUser(direct.database.db);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const client = throughProxy(direct, `198.51.100.${i + 1}`);
      statuses.push((await client.post("/sign-in", { email: user.email })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe("with TRUST_PROXY=loopback", () => {
  it("limits each forwarded visitor on their own, so one visitor's flood does not lock out another", async () => {
    const user = await createUser(proxied.database.db);
    expect(await askSixLinks(throughProxy(proxied, "203.0.113.7"), user.email)).toEqual([200, 200, 200, 200, 200, 429]);

    const before = await lastMailTo(proxied, user.email);
    const other = throughProxy(proxied, "198.51.100.23");
    expect((await other.post("/sign-in", { email: user.email })).status).toBe(200);
    expect((await lastMailTo(proxied, user.email))?.id).not.toBe(before?.id);
  });

  it("does not believe an address the visitor wrote in front of the one the trusted proxy added", async () => {
    const user = await createUser(proxied.database.db);
    expect(await askSixLinks(throughProxy(proxied, "203.0.113.8"), user.email)).toEqual([200, 200, 200, 200, 200, 429]);
    const spoofed = throughProxy(proxied, "198.51.100.77, 203.0.113.8");
    expect((await spoofed.post("/sign-in", { email: user.email })).status).toBe(429);
  });

  it("ignores X-Forwarded-For from a client that is not a trusted proxy", async () => {
    const user = await createUser(proxied.database.db);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const client = new TestClient(proxied.app, { "x-forwarded-for": `198.51.100.${i + 1}` }, "203.0.113.9");
      statuses.push((await client.post("/sign-in", { email: user.email })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
