/**
 * A package loaded at its first use instead of when the server starts, for a synchronous caller
 * that few requests reach (hyphenation, rich text, calendar files, CSV import). Such a package is
 * not bundled into dist/: Node loads it from node_modules the first time it is asked for (tens of
 * milliseconds, once), and a start that never needs it does not pay for it at all
 * (docs/benchmarks.md, startup, fourth session).
 */
import { createRequire } from "node:module";

// Not named `require`: the bundle's banner declares that name in every chunk.
const loadFromNodeModules = createRequire(import.meta.url);

/** A getter that loads `name` (a CommonJS entry of a package) at its first call and keeps it. */
export function packageAtFirstUse<T>(name: string): () => T {
  let loaded: { module: T } | undefined;
  return () => (loaded ??= { module: loadFromNodeModules(name) as T }).module;
}
