/**
 * A new embedded data directory starts as a copy of a template: a data directory with every
 * migration applied and cleanly shut down, made once per set of migrations and PGlite version
 * in node_modules/.cache/samen/. Copying it skips initdb and the migrations, which took most of
 * a first start (about 5.5 s and 1.2 s of CPU on the development machine). The server adds what
 * else a new database would create at its first start (the job queue's schema and queues).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { migrationsFolder, projectRoot, templateCacheDir as cacheDir } from "../paths.js";
import type { PGlite } from "@electric-sql/pglite";
import { createPglite } from "./pglite-compilation.js";
import { rememberServerTemplate, takeTemplateCopy, type TemplateCopyAhead } from "./template-ahead.js";

/** What a caller adds to the template beyond the migrations, as the owner, before it is shut down. */
export interface TemplateExtra {
  /** Names what prepare() makes: a template made with another key is never used. */
  key: string;
  prepare(ownerSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>): Promise<void>;
  /**
   * Node's arguments for a short-lived process that makes this same template and exits: an entry
   * that calls ensurePgliteTemplate with an equal extra (without this field). The process that
   * asks then never carries what initdb and the migrations cost: a server that made the template
   * itself kept 274–636 MB after that first start, against 224 MB after every later one (issue 16).
   * Without it the template is made in this process.
   */
  maker?: readonly string[] | undefined;
}

/** What this code makes of a template beyond the migrations and the extra; changed, it makes a new one. */
const TEMPLATE_FORMAT = "without template0 and template1";

/** A hash of the migrations, PGlite's version and the extra's key: a template made from others is never used. */
function templateKey(extra: TemplateExtra | undefined): string {
  const hash = createHash("sha256");
  hash.update(TEMPLATE_FORMAT);
  hash.update(extra?.key ?? "");
  hash.update(fs.readFileSync(path.join(projectRoot, "node_modules", "@electric-sql", "pglite", "package.json")));
  for (const file of fs.readdirSync(migrationsFolder, { recursive: true, encoding: "utf8" }).sort()) {
    if (!file.endsWith(".sql") && !file.endsWith(".json")) continue;
    hash.update(file).update(fs.readFileSync(path.join(migrationsFolder, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Makes the template unless this set of migrations (and extra) has one, in a process of its own
 * when the extra names a maker; returns its directory.
 */
export async function ensurePgliteTemplate(extra?: TemplateExtra): Promise<string> {
  const template = path.join(cacheDir, `pglite-${templateKey(extra)}`);
  if (fs.existsSync(template)) return template;
  if (extra?.maker) {
    await makeApart(extra.maker, template);
    return template;
  }
  const partial = `${template}.${process.pid}`;
  // A fresh clone's node_modules has no .cache yet.
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.rmSync(partial, { recursive: true, force: true });
  // The same migrator openDatabase runs, as the owner; the copy keeps its journal,
  // so opening it applies only what is newer (nothing).
  const client = await createPglite({ dataDir: partial });
  await migrate(drizzle(client), { migrationsFolder });
  await extra?.prepare(async (text, values) =>
    values?.length ? client.query(text, values) : { rows: (await client.exec(text)).at(-1)?.rows ?? [] },
  );
  await dropTemplateDatabases(client);
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

/**
 * initdb's template0 and template1 are for CREATE DATABASE, which an embedded database never runs:
 * without them a copy has 600 files fewer of its ~1,800. Creating a file is what a copy costs (about
 * 0.75 ms each on the machines of issue 16, ~1 s for the whole directory), not the bytes in it.
 */
export async function dropTemplateDatabases(client: PGlite): Promise<void> {
  for (const name of ["template0", "template1"]) {
    await client.exec(`ALTER DATABASE ${name} IS_TEMPLATE false`);
    // Not in a transaction, so a statement of its own.
    await client.exec(`DROP DATABASE ${name}`);
  }
}

/**
 * Runs `node <this process's flags> <args>` (the same node, the same V8 options, tsx's loader
 * when this runs from the sources) and waits for it; fails, with what it printed, unless it
 * exited cleanly and the template exists. Two processes making the same template at once are
 * safe as before: each builds in a directory named by its own pid and renames it into place.
 */
async function makeApart(args: readonly string[], template: string): Promise<void> {
  // A debugger's flags would make the child wait for a debugger, or take the port this one has.
  const flags = process.execArgv.filter((flag) => !flag.startsWith("--inspect"));
  // Without Maglev (on by default from Node 22): a Maglev compilation on V8's worker thread that
  // waits for the main thread while Node waits for that thread, at the start or at the exit,
  // hangs a process for good (nodejs/node#54918; see createPglite). This short-lived process runs
  // PostgreSQL's WebAssembly, which Maglev does not compile, and exits.
  const child = spawn(process.execPath, [...flags, "--no-maglev", ...args], { stdio: ["ignore", "inherit", "pipe"] });
  let output = "";
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const ended = await new Promise<string>((resolve) => {
    child.on("error", (error) => resolve(`could not run: ${error.message}`));
    child.on("close", (code, signal) => resolve(signal ? `was ended by ${signal}` : `exited with code ${code}`));
  });
  if (ended === "exited with code 0" && fs.existsSync(template)) return;
  const why = ended === "exited with code 0" ? "exited without making it" : ended;
  const said = output.trim() ? `:\n${output.trim()}` : "";
  // Its entry alone: the arguments after it (the server's: every queue's name) say nothing here.
  throw new Error(`Could not make the embedded database's template ${template}: ${args[0]} ${why}${said}`);
}

/**
 * Fills a new data directory (it may hold the lock file and the secret key) with the template's
 * files: the copy begun ahead when it is of this template, else a copy made now.
 */
export async function copyPgliteTemplate(
  dataDir: string,
  extra?: TemplateExtra,
  ahead?: TemplateCopyAhead | null,
): Promise<void> {
  const template = await ensurePgliteTemplate(extra);
  // The server's template: the next server start copies it ahead (template-ahead.ts).
  if (extra?.maker) rememberServerTemplate(template);
  if (ahead && (await takeTemplateCopy(ahead, template, dataDir))) return;
  fs.cpSync(template, dataDir, { recursive: true });
}
