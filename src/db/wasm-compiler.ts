/**
 * The embedded database is PostgreSQL compiled to WebAssembly. V8 first compiles it with its
 * baseline compiler (Liftoff) and then optimises the functions that run hot (TurboFan). On a start
 * that optimising is ~40 % of loading the demo and ~50 MB of memory, spent on queries that are
 * over by the time it finishes; warm, the optimised code runs queries ~20 % faster. The command
 * line, which lives a second or two, takes the baseline compiler only; the server keeps the
 * optimising one, its pages are faster with it (decision 009). Call before PGlite compiles.
 */
import v8 from "node:v8";

export function useBaselineWasmCompiler(): void {
  v8.setFlagsFromString("--liftoff-only");
}
