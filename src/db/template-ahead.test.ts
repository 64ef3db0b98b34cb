/**
 * The template copied ahead of the server's modules (issue 16): taken only when it is the template
 * the server then wants, complete; otherwise thrown away with nothing left in the data directory.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyTemplateAhead, rememberServerTemplate, takeTemplateCopy } from "./template-ahead.js";

describe("a template copied ahead", () => {
  let root: string;
  let cacheDir: string;
  let template: string;
  let dataDir: string;
  const copies = () => fs.readdirSync(cacheDir).filter((name) => name.startsWith("copy-"));

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "samen-template-ahead-"));
    cacheDir = path.join(root, "cache");
    template = path.join(cacheDir, "pglite-0123456789abcdef");
    fs.mkdirSync(path.join(template, "base", "5"), { recursive: true });
    fs.writeFileSync(path.join(template, "PG_VERSION"), "17\n");
    fs.writeFileSync(path.join(template, "base", "5", "1259"), "pg_class");
    // A new data directory already holds its lock and secret key.
    dataDir = path.join(root, "data");
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, "secret-key"), "key");
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("is the last server's template, moved into the new data directory beside what it held", async () => {
    rememberServerTemplate(template);
    const ahead = copyTemplateAhead(dataDir, cacheDir);
    expect(ahead?.template).toBe(template);

    expect(await takeTemplateCopy(ahead!, template, dataDir)).toBe(true);
    expect(fs.readdirSync(dataDir).sort()).toEqual(["PG_VERSION", "base", "secret-key"]);
    expect(fs.readFileSync(path.join(dataDir, "base", "5", "1259"), "utf8")).toBe("pg_class");
    expect(copies()).toEqual([]);
    // The template itself is untouched, for the next start.
    expect(fs.readFileSync(path.join(template, "base", "5", "1259"), "utf8")).toBe("pg_class");
  });

  it("is thrown away when the server wants another template, leaving the data directory as it was", async () => {
    rememberServerTemplate(template);
    const ahead = copyTemplateAhead(dataDir, cacheDir)!;

    expect(await takeTemplateCopy(ahead, path.join(cacheDir, "pglite-fedcba9876543210"), dataDir)).toBe(false);
    expect(fs.readdirSync(dataDir)).toEqual(["secret-key"]);
    expect(copies()).toEqual([]);
  });

  it("is thrown away when a copy that ended half-way left some of its files in the data directory", async () => {
    rememberServerTemplate(template);
    fs.mkdirSync(path.join(dataDir, "base"));
    const ahead = copyTemplateAhead(dataDir, cacheDir)!;

    expect(await takeTemplateCopy(ahead, template, dataDir)).toBe(false);
    expect(fs.readdirSync(dataDir).sort()).toEqual(["base", "secret-key"]);
    expect(copies()).toEqual([]);
  });

  it("is not begun for a data directory in use, a database in memory, or before any server made a template", () => {
    expect(copyTemplateAhead(dataDir, cacheDir)).toBeNull();
    rememberServerTemplate(template);
    fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "17\n");
    expect(copyTemplateAhead(dataDir, cacheDir)).toBeNull();
    expect(copyTemplateAhead("memory://", cacheDir)).toBeNull();
    expect(copies()).toEqual([]);
  });

  it("removes the copy a start left behind when its process ended before taking it", async () => {
    const ended = spawnSync(process.execPath, ["-e", "0"]).pid;
    const left = path.join(cacheDir, `copy-${ended}`);
    fs.cpSync(template, left, { recursive: true });
    rememberServerTemplate(template);

    const ahead = copyTemplateAhead(dataDir, cacheDir)!;
    await ahead.done;
    expect(copies()).toEqual([`copy-${process.pid}`]);
    await takeTemplateCopy(ahead, template, dataDir);
  });
});
