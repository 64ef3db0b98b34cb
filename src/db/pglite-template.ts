/**
 * A new embedded data directory starts as a copy of a template: a data directory with every
 * migration applied and cleanly shut down, made once per set of migrations and PGlite version
 * in node_modules/.cache/samen/. Copying it skips initdb and the migrations, which took most of
 * a first start (about 5.5 s and 1.2 s of CPU on the development machine). The server adds what
 * else a new database would create at its first start (the job queue's schema and queues).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { migrationsFolder, projectRoot } from "../paths.js";

const cacheDir = path.join(projectRoot, "node_modules", ".cache", "samen");

/** What a caller adds to the template beyond the migrations, as the owner, before it is shut down. */
export interface TemplateExtra {
  /** Names what prepare() makes: a template made with another key is never used. */
  key: string;
  prepare(ownerSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>): Promise<void>;
}

/** A hash of the migrations, PGlite's version and the extra's key: a template made from others is never used. */
function templateKey(extra: TemplateExtra | undefined): string {
  const hash = createHash("sha256");
  hash.update(extra?.key ?? "");
  hash.update(fs.readFileSync(path.join(projectRoot, "node_modules", "@electric-sql", "pglite", "package.json")));
  for (const file of fs.readdirSync(migrationsFolder, { recursive: true, encoding: "utf8" }).sort()) {
    if (!file.endsWith(".sql") && !file.endsWith(".json")) continue;
    hash.update(file).update(fs.readFileSync(path.join(migrationsFolder, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Makes the template unless this set of migrations (and extra) has one; returns its directory. */
export async function ensurePgliteTemplate(extra?: TemplateExtra): Promise<string> {
  const template = path.join(cacheDir, `pglite-${templateKey(extra)}`);
  if (fs.existsSync(template)) return template;
  const partial = `${template}.${process.pid}`;
  // A fresh clone's node_modules has no .cache yet.
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.rmSync(partial, { recursive: true, force: true });
  // The same migrator openDatabase runs, as the owner; the copy keeps its journal,
  // so opening it applies only what is newer (nothing).
  const client = await PGlite.create({ dataDir: partial });
  await migrate(drizzle(client), { migrationsFolder });
  await extra?.prepare(async (text, values) =>
    values?.length ? client.query(text, values) : { rows: (await client.exec(text)).at(-1)?.rows ?? [] },
  );
  await client.close();
  try {
    fs.renameSync(partial, template);
  } catch (error) {
    // Another process (a parallel test file) made the same template first: use theirs.
    fs.rmSync(partial, { recursive: true, force: true });
    if (!fs.existsSync(template)) throw error;
  }
  return template;
}

/** Fills a new data directory (it may hold the lock file and the secret key) with the template's files. */
export async function copyPgliteTemplate(dataDir: string, extra?: TemplateExtra): Promise<void> {
  fs.cpSync(await ensurePgliteTemplate(extra), dataDir, { recursive: true });
}
