/**
 * A fixture of a test file (its database, its app): made before the file's first test and closed
 * after its last, so a file says `const database = useTestDatabase()` instead of writing the
 * hooks again.
 */
import { afterAll, beforeAll } from "vitest";

/**
 * `make`'s result for the tests of this file, through a stand-in that is there at once: its
 * fields are there from the file's first beforeAll on. The hooks a file adds after this call run
 * after it (its beforeAll) and before it (its afterAll), so they can still use it.
 */
export function useFixture<T extends object>(make: () => Promise<T>, close: (made: T) => unknown): T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await make();
  });
  afterAll(() => (current === undefined ? undefined : close(current)));
  return new Proxy({} as T, {
    get(_, key) {
      if (current === undefined) throw new Error("a fixture is made in beforeAll: use it inside a test or hook");
      return Reflect.get(current, key) as unknown;
    },
  });
}
