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

/** The parts of a fixture that are objects (a school, a signed-in client), as useFixtureParts offers them. */
export type ObjectParts<T> = { [K in keyof T as T[K] extends object ? K : never]: T[K] };

/**
 * The parts of a fixture, each named at once: `const { school, leader } = useFixtureParts(() =>
 * schoolSignedIn(ctx))` instead of a `let` for each part and a beforeAll that fills them in. The
 * fixture is made by `useFixture` (nothing to close: the test context closes its database); each
 * part stands in for the one `make` returned, from the file's first beforeAll on. Only parts that
 * are objects are offered: nothing can stand in for an id or an address, so a file that needs one
 * takes the object it belongs to (`second.id`).
 */
export function useFixtureParts<T extends object>(make: () => Promise<T>): ObjectParts<T> {
  const made = useFixture(make, () => undefined);
  return new Proxy({} as ObjectParts<T>, {
    get: (_, key) => standIn(() => Reflect.get(made, key) as object),
  });
}

/** An object that forwards every use to `current()`, with its methods bound to it (a TestClient's `this`). */
function standIn(current: () => object): object {
  return new Proxy(
    {},
    {
      get(_, key) {
        const target = current();
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
      set: (_, key, value) => Reflect.set(current(), key, value),
      has: (_, key) => Reflect.has(current(), key),
      ownKeys: () => Reflect.ownKeys(current()),
      getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(current(), key),
    },
  );
}
