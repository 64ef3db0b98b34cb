/**
 * How V8 compiles PGlite's WebAssembly, set wherever PGlite opens: the server, the command line,
 * the tests and the process that makes the first start's template (src/make-template.ts).
 */
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

/** Sets the flags above; call it before PGlite.create (V8 reads them when it compiles the module). */
export function compilePgliteOnBaseline(): void {
  v8.setFlagsFromString(WASM_COMPILATION);
}
