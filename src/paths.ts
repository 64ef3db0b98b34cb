/**
 * The project's folders. This module lies one level below the root both as source (src/) and
 * bundled by the build (dist/), so the same relative URL finds the root from either.
 */
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));
export const migrationsFolder = join(projectRoot, "src", "db", "migrations");
