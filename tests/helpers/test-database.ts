/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by DATABASE_URL (dropped afterwards). Without vitest's
 * hooks, so a bench can use it too; a test file takes useTestDatabase from database.ts.
 */
import { randomBytes } from "node:crypto";
import { openDatabase, type Database } from "../../src/db/client.js";
import { pgliteTemplate } from "./pglite-template.js";
import { TEMPLATE_ENV, query, withDatabase } from "./postgres-template.js";

export { withDatabase } from "./postgres-template.js";

export interface TestDatabase extends Database {
  url: string | undefined;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    return { ...(await openDatabase({ dataDir: "memory://", pgliteTemplate: pgliteTemplate() })), url: undefined };
  const name = `samen_test_${randomBytes(6).toString("hex")}`;
  // A copy of the migrated template when the test run made one (globalSetup), else migrated here.
  const template = process.env[TEMPLATE_ENV];
  await adminQuery(serverUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  const url = withDatabase(serverUrl, name);
  const database = await openDatabase({ url });
  return {
    ...database,
    url,
    async close() {
      await database.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export async function adminQuery(url: string, text: string): Promise<void> {
  await query(url, text);
}
