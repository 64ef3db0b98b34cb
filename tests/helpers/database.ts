/** A test file's own database (`useTestDatabase`), and everything of test-database.ts, which a bench imports without vitest. */
import { createTestDatabase, type TestDatabase } from "./test-database.js";
import { useFixture } from "./fixture.js";

export * from "./test-database.js";

/** A fresh database for the tests of this file, closed after its last (`useFixture`). */
export function useTestDatabase(): TestDatabase {
  return useFixture(createTestDatabase, (database) => database.close());
}
