/**
 * The project's folders. This module lies one level below the root both as source (src/) and
 * bundled by the build (dist/), so the same relative URL finds the root from either.
 */
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));
export const migrationsFolder = join(projectRoot, "src", "db", "migrations");
/** Where the embedded database's templates are kept (src/db/pglite-template.ts). */
export const templateCacheDir = join(projectRoot, "node_modules", ".cache", "samen");

/**
 * The file of one of the build's entries (scripts/build.mjs), as this code runs: dist/<name>.js
 * from the bundle, src/<name>.ts from the sources (under tsx, whose loader a child gets from
 * this process's node options).
 */
export function entryFile(name: string): string {
  return import.meta.url.endsWith(".ts")
    ? join(projectRoot, "src", `${name}.ts`)
    : join(projectRoot, "dist", `${name}.js`);
}
