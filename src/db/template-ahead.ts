/**
 * A fresh start's copy of the embedded database's template, begun before the server's modules
 * load. Copying the template is creating ~1,200 files, which took ~0.7 s on the machines of issue
 * 16, and loading the modules ~0.8 s of the main thread: on a thread of its own the copy costs a
 * fresh start almost nothing. Which template the server will want is only known once its modules
 * have loaded (its key names every job queue), so this copies the one the last server start used
 * (its name kept in a file beside it) into a directory of its own, and the server's open takes it
 * only when it is that same template (pglite-template.ts); otherwise it is thrown away.
 *
 * Light on purpose: the server's entry imports this before anything else.
 */
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { templateCacheDir } from "../paths.js";
import { processIsAlive } from "./data-dir-lock.js";

export interface TemplateCopyAhead {
  /** The template being copied. */
  template: string;
  /** Where its copy is made, in the template cache (so the same file system as the template). */
  copy: string;
  /** Whether the copy is complete. */
  done: Promise<boolean>;
}

/** The file, beside the templates, naming the one the last server start used. */
const LAST_SERVER_TEMPLATE = "server-template";

/** Starts the copy when the data directory is new and a server has used a template before; else null. */
export function copyTemplateAhead(dataDir: string, cacheDir = templateCacheDir): TemplateCopyAhead | null {
  if (dataDir.startsWith("memory://") || fs.existsSync(path.join(dataDir, "PG_VERSION"))) return null;
  const template = lastServerTemplate(cacheDir);
  if (!template || !sameFileSystem(template, dataDir)) return null;
  removeLeftCopies(cacheDir);
  const copy = path.join(cacheDir, `copy-${process.pid}`);
  const worker = new Worker(COPY, { eval: true, workerData: { template, copy } });
  const done = new Promise<boolean>((resolve) => {
    worker.once("error", () => resolve(false));
    worker.once("exit", (code) => resolve(code === 0));
  });
  return { template, copy, done };
}

/**
 * Moves a complete copy of this template into the (locked, new) data directory: a rename of each
 * of its ~20 entries. False, with the copy removed, when it is another template, incomplete, or
 * the directory already holds some of its entries (a copy that ended half-way, which the caller's
 * copy overwrites).
 */
export async function takeTemplateCopy(ahead: TemplateCopyAhead, template: string, dataDir: string): Promise<boolean> {
  const complete = await ahead.done;
  const entries = complete && ahead.template === template ? fs.readdirSync(ahead.copy) : [];
  const free = entries.length > 0 && entries.every((entry) => !fs.existsSync(path.join(dataDir, entry)));
  try {
    if (free) for (const entry of entries) fs.renameSync(path.join(ahead.copy, entry), path.join(dataDir, entry));
    return free;
  } catch {
    return false;
  } finally {
    fs.rmSync(ahead.copy, { recursive: true, force: true });
  }
}

/** Names the server's template (in the directory it is in) for the next server start. */
export function rememberServerTemplate(template: string): void {
  const file = path.join(path.dirname(template), LAST_SERVER_TEMPLATE);
  const name = path.basename(template);
  if (readIfAny(file) !== name) fs.writeFileSync(file, name);
}

function lastServerTemplate(cacheDir: string): string | null {
  const name = readIfAny(path.join(cacheDir, LAST_SERVER_TEMPLATE));
  const template = name && path.join(cacheDir, name);
  return template && fs.existsSync(path.join(template, "PG_VERSION")) ? template : null;
}

function readIfAny(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** A rename moves the copy only within one file system; the data directory may not exist yet. */
function sameFileSystem(template: string, dataDir: string): boolean {
  let existing = path.resolve(dataDir);
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  return fs.statSync(existing).dev === fs.statSync(template).dev;
}

/**
 * The copies of starts that ended before they took theirs (a crash in the first second), whose
 * process is gone; rare, so removed here rather than on the worker.
 */
function removeLeftCopies(cacheDir: string): void {
  for (const name of fs.readdirSync(cacheDir)) {
    const pid = Number(/^copy-(\d+)$/.exec(name)?.[1]);
    if (pid && (pid === process.pid || !processIsAlive(pid)))
      fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}

/** The worker: the copy alone. */
const COPY = `
const { cpSync } = require("node:fs");
const { workerData } = require("node:worker_threads");
cpSync(workerData.template, workerData.copy, { recursive: true });
`;
