import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

const dirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "samen-config-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

const key = "a-production-key-of-more-than-thirty-two-characters";

describe("SECRET_KEY", () => {
  it("is required in production, with a message that says what to do", async () => {
    const env = { NODE_ENV: "production", DATA_DIR: await tempDir() };
    expect(() => loadConfig(env)).toThrow(/SECRET_KEY: required when NODE_ENV=production.*openssl rand/s);
    expect(() => loadConfig({ ...env, SECRET_KEY: "" })).toThrow(/SECRET_KEY/);
    expect(loadConfig({ ...env, SECRET_KEY: key }).SECRET_KEY).toBe(key);
  });

  it("is made once into DATA_DIR/secret-key outside production, readable by its owner only", async () => {
    const dir = await tempDir();
    const first = loadConfig({ NODE_ENV: "development", DATA_DIR: dir }).SECRET_KEY;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect((await stat(path.join(dir, "secret-key"))).mode & 0o777).toBe(0o600);
    expect(loadConfig({ NODE_ENV: "development", DATA_DIR: dir }).SECRET_KEY).toBe(first);
    expect(loadConfig({ NODE_ENV: "development", DATA_DIR: await tempDir() }).SECRET_KEY).not.toBe(first);
  });

  it("comes from the environment when set", async () => {
    const dir = await tempDir();
    expect(loadConfig({ NODE_ENV: "development", DATA_DIR: dir, SECRET_KEY: key }).SECRET_KEY).toBe(key);
    await expect(stat(path.join(dir, "secret-key"))).rejects.toThrow();
  });
});

describe("DATABASE_APP_URL", () => {
  it("is refused without DATABASE_URL instead of being ignored in favour of the embedded database", async () => {
    const env = { NODE_ENV: "development", DATA_DIR: await tempDir() };
    const appUrl = "postgres://samen_app:secret@db.example:5432/samen";
    expect(() => loadConfig({ ...env, DATABASE_APP_URL: appUrl })).toThrow(
      /DATABASE_APP_URL: set, but DATABASE_URL is not.*Set DATABASE_URL as well, or remove DATABASE_APP_URL/s,
    );
    const both = loadConfig({
      ...env,
      DATABASE_APP_URL: appUrl,
      DATABASE_URL: "postgres://owner@db.example:5432/samen",
    });
    expect(both.DATABASE_APP_URL).toBe(appUrl);
  });
});

describe("TRUST_PROXY", () => {
  const base = { NODE_ENV: "test", SECRET_KEY: key };
  const socket = "127.0.0.1";

  it("trusts nothing when unset or empty", () => {
    expect(loadConfig(base).trustProxy(socket, 0)).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: "" }).trustProxy(socket, 0)).toBe(false);
  });

  it("takes names of ranges, addresses and CIDRs separated by commas, or a number of hops", () => {
    const listed = loadConfig({ ...base, TRUST_PROXY: "loopback, 10.0.0.0/8,192.0.2.5" }).trustProxy;
    expect([listed("127.0.0.1", 0), listed("10.1.2.3", 0), listed("192.0.2.5", 1)]).toEqual([true, true, true]);
    expect(listed("192.0.2.6", 0)).toBe(false);
    const hops = loadConfig({ ...base, TRUST_PROXY: "2" }).trustProxy;
    expect([hops("203.0.113.1", 0), hops("203.0.113.1", 1), hops("203.0.113.1", 2)]).toEqual([true, true, false]);
  });

  it("refuses a value it cannot read, saying what it takes", () => {
    expect(() => loadConfig({ ...base, TRUST_PROXY: "10.0.0.0/33" })).toThrow(/TRUST_PROXY: .*loopback/);
    expect(() => loadConfig({ ...base, TRUST_PROXY: "nginx" })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ ...base, TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
  });
});
