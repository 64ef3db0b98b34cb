/** The test context of a test file (`useTestContext`), and everything of test-context.ts, which a bench imports without vitest. */
import { createTestContext, type TestContext } from "./test-context.js";
import { useFixture } from "./fixture.js";

export * from "./test-context.js";

/**
 * The test context of a test file, made before its first test and closed after its last
 * (`useFixture`), so a file says `const ctx = useTestContext()` instead of writing the hooks again.
 */
export function useTestContext(...args: Parameters<typeof createTestContext>): TestContext {
  return useFixture(
    () => createTestContext(...args),
    (ctx) => ctx.close(),
  );
}
