/**
 * Bundles the small progressive-enhancement scripts with esbuild into public/js, when a script
 * (or the package lock, for the libraries they bundle) is newer than the bundles: a start with
 * nothing changed looks at a few files' times only.
 */
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../paths.js";

const sources = path.join(projectRoot, "src", "client");
const outdir = path.join(projectRoot, "public", "js");

export async function buildClient(): Promise<void> {
  if (!clientStale()) return;
  const { build } = await import("esbuild");
  const { outputFiles } = await build({
    absWorkingDir: projectRoot,
    // Every src/client/*.ts becomes public/js/<name>.js; pages opt in through renderPage's scripts.
    entryPoints: ["src/client/*.ts"],
    outdir,
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    logLevel: "warning",
    write: false,
  });
  // Each bundle written whole under another name and renamed into place: two servers starting at
  // once (CI's two browser-test lanes) never serve or write half a file.
  fs.mkdirSync(outdir, { recursive: true });
  for (const file of outputFiles) {
    const partial = `${file.path}.${process.pid}`;
    fs.writeFileSync(partial, file.contents);
    fs.renameSync(partial, file.path);
  }
}

/** A bundle missing, or older than a script or the package lock. */
export function clientStale(): boolean {
  const scripts = fs.readdirSync(sources).filter((name) => name.endsWith(".ts"));
  const bundles = scripts.map((name) => mtime(path.join(outdir, name.replace(/\.ts$/, ".js"))));
  const newestInput = Math.max(
    mtime(path.join(projectRoot, "package-lock.json")),
    ...scripts.map((name) => mtime(path.join(sources, name))),
  );
  return bundles.some((built) => built < newestInput);
}

/** The modification time in ms, or -1 for a missing file. */
function mtime(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
}
