/** Once per test run, before any test file: the migrated PGlite template. */
import { ensurePgliteTemplate } from "./pglite-template.js";

export default async function setup(): Promise<void> {
  if (!process.env.DATABASE_URL) await ensurePgliteTemplate();
}
