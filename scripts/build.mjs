/**
 * Builds what `npm start` and `npm run samen` run: the server and the command line (and the
 * process the server starts to make the embedded database's template), bundled by
 * esbuild into dist/, so no TypeScript is compiled at each start. Rebuilt only when the sources
 * changed: a fingerprint of every source file's path, size and modification time (a few
 * milliseconds to take) is kept beside the build and compared at each start.
 * `node scripts/build.mjs` builds when stale; `--force` builds anyway.
 */
import console from "node:console";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { fileURLToPath, URL } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
export const dist = path.join(root, "dist");
const stampFile = path.join(dist, "build.json");
/** Besides src/: what else changes the bundles. */
const inputs = ["package.json", "package-lock.json", "tsconfig.json", "scripts/build.mjs"];

/** Builds dist/ when it is missing or older than the sources; says whether it built. */
export async function ensureBuilt({ force = false, log = (line) => console.error(line) } = {}) {
  const fingerprint = sourceFingerprint();
  const previous = readStamp();
  if (!force && previous?.fingerprint === fingerprint) return false;
  log(previous && !force ? "Sources changed: building dist/ …" : "Building dist/ …");
  const started = performance.now();
  const files = await bundle();
  removeStale(new Set([...files, ...(previous?.files ?? [])]));
  fs.writeFileSync(stampFile, JSON.stringify({ fingerprint, files }));
  log(`Built dist/ in ${Math.round(performance.now() - started)} ms.`);
  return true;
}

export function sourceFingerprint() {
  const hash = createHash("sha256");
  const add = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    hash.update(`${path.relative(root, file)}\0${stat?.size ?? -1}\0${stat?.mtimeMs ?? -1}\n`);
  };
  for (const file of sourceFiles(path.join(root, "src"))) add(file);
  for (const file of inputs) add(path.join(root, file));
  return hash.digest("hex");
}

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.test\.tsx?$/.test(entry.name) ? [] : [file];
  });
}

function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(stampFile, "utf8"));
  } catch {
    return null;
  }
}

/**
 * Split into chunks, so what only some paths need (the PDF and spreadsheet libraries, the job
 * queue, each command of the command line) loads when first used. Packages stay in node_modules.
 * Every output lies directly in dist/, one level below the root, like the sources in src/.
 */
async function bundle() {
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    // make-template: what the server starts to make the embedded database's template (once).
    entryPoints: { server: "src/server.ts", cli: "src/cli/main.ts", "make-template": "src/make-template.ts" },
    outdir: dist,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Packages are bundled too (resolving and loading a few hundred module files cost more
    // than the rest of a restart), except those that find files of their own beside their
    // code (PGlite its WebAssembly, pdfkit its fonts, pino its worker) or are native (esbuild
    // runs its platform's binary; the server uses it to build the browser scripts).
    external: EXTERNAL,
    // For the CommonJS packages bundled into these ES modules. Under a name no source uses: a
    // module's own `import { createRequire }` lands in the same chunk and would be declared twice.
    banner: {
      js: 'import { createRequire as __bundleRequireFrom } from "node:module"; const require = __bundleRequireFrom(import.meta.url);',
    },
    chunkNames: "chunk-[hash]",
    sourcemap: true,
    metafile: true,
    logLevel: "warning",
  });
  return Object.keys(result.metafile.outputs).map((file) => path.basename(file));
}

const EXTERNAL = ["@electric-sql/pglite", "@node-rs/argon2", "pdfkit", "exceljs", "pino", "pg-native", "esbuild"];

/**
 * Keeps this build's files and the previous build's: a server still running the previous build
 * may yet load one of its chunks.
 */
function removeStale(keep) {
  for (const name of fs.readdirSync(dist)) {
    if (name !== "build.json" && !keep.has(name)) fs.rmSync(path.join(dist, name), { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensureBuilt({ force: process.argv.includes("--force") });
}
