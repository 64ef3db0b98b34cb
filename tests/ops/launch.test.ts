/**
 * `npm start` and `npm run samen` as scripts/launch.mjs runs them: dist/ is built when the
 * sources changed and only then, and `--help` answers without configuration or database.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

vi.setConfig({ testTimeout: 180_000 });

const root = fileURLToPath(new URL("../..", import.meta.url));
const bundle = path.join(root, "dist", "cli.js");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "samen-launch-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function node(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the build", () => {
  it("is made when a source file changed, and not again while nothing changed", () => {
    node(["scripts/build.mjs"]);
    const built = fs.statSync(bundle).mtimeMs;
    const again = node(["scripts/build.mjs"]);
    expect([again.code, again.err]).toEqual([0, ""]);
    expect(fs.statSync(bundle).mtimeMs).toBe(built);

    // Same content, newer time: what an edit or a checkout leaves behind.
    const source = path.join(root, "src", "paths.ts");
    const later = new Date(fs.statSync(source).mtimeMs + 1000);
    fs.utimesSync(source, later, later);
    const rebuilt = node(["scripts/build.mjs"]);
    expect([rebuilt.code, rebuilt.err]).toEqual([0, expect.stringContaining("Sources changed")]);
    expect(fs.statSync(bundle).mtimeMs).toBeGreaterThan(built);
  });
});

describe("samen --help", () => {
  it("answers without reading the configuration or opening the data directory", () => {
    const dataDir = path.join(scratch, "data");
    // A configuration that would stop any command: production without SECRET_KEY.
    const result = node(["scripts/launch.mjs", "cli", "--help"], {
      DATA_DIR: dataDir,
      NODE_ENV: "production",
      SECRET_KEY: "",
    });
    expect(result.code).toBe(0);
    expect(result.out).toContain("Usage: npm run samen -- <command>");
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
