/**
 * The embedded database is PostgreSQL compiled to WebAssembly. V8 first compiles it with its
 * baseline compiler (Liftoff) and then optimises the functions that run hot (TurboFan). On a start
 * that optimising is ~40 % of loading the demo and ~50 MB of memory, spent on queries that are
 * over by the time it finishes; warm, the optimised code runs queries ~20 % faster. The command
 * line and the embedded server take the baseline compiler only: a start and memory matter more
 * to them than that fifth (decision 009). Call before PGlite compiles its module; the PostgreSQL
 * server's path has no WebAssembly and is left alone.
 */
import v8 from "node:v8";

export function useBaselineWasmCompiler(): void {
  v8.setFlagsFromString("--liftoff-only");
}
