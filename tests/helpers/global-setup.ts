/** Once per test run, before any test file: the migrated template each test file's database copies. */
import { ensurePgliteTemplate } from "./pglite-template.js";
import { TEMPLATE_ENV, ensurePostgresTemplate } from "./postgres-template.js";

export default async function setup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return ensurePgliteTemplate();
  // Test workers are forked after this and inherit the environment.
  process.env[TEMPLATE_ENV] = await ensurePostgresTemplate(serverUrl);
}
