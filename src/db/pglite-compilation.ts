/**
 * Where PGlite opens in the server, the command line and the process that makes the first start's
 * template (src/make-template.ts): how V8 compiles its WebAssembly, and the event loop held open
 * while it does.
 */
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import v8 from "node:v8";

/**
 * V8 compiles PostgreSQL's WebAssembly with its baseline compiler (Liftoff) only, on one
 * background task, never recompiling hot functions with TurboFan (decision 009): the optimising
 * compiler's scratch memory stayed with the C allocator (20–45 MB after a fresh start, more after a
 * day of pages), while pages side by side cost the same CPU either way. Set before PGlite compiles
 * its module. `--liftoff-only` alone is not enough on Node 24: set at run time (here), its V8 no
 * longer switches off the tier-up the flag implies (on the command line it does), and recompiled
 * hot functions with TurboFan all the same (260 in a fresh start with the demo, one of them with
 * ~580 MB of scratch memory); so tier-up, dynamic and eager, is switched off explicitly
 * (docs/benchmarks.md, "Session 19").
 */
const WASM_COMPILATION = "--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering --wasm-num-compilation-tasks=1";

/**
 * PGlite.create with the flags above, and a timer that keeps the event loop running until it is
 * open. While V8 compiles the module on its worker thread, nothing else may hold the loop (a
 * process at its start, before it listens); Node then blocks its main thread until the worker's
 * tasks are done (NodePlatform::DrainTasks). On Node 22 and 24 one of those tasks can be a Maglev
 * compilation that waits for the main thread to collect garbage: both wait forever
 * (nodejs/node#54918). Two template makers at once on a loaded machine hung so in 4 of 55 pairs,
 * and a CI run's first start with them (docs/benchmarks.md, "Session 20"). A running loop keeps
 * the main thread free to answer V8's requests.
 */
export async function createPglite(options: PGliteOptions): Promise<PGlite> {
  v8.setFlagsFromString(WASM_COMPILATION);
  const keepLoopRunning = setInterval(() => {}, 1_000);
  try {
    return await PGlite.create(options);
  } finally {
    clearInterval(keepLoopRunning);
  }
}
