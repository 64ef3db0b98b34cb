// Tests must not print errors nobody looks at: fail on unexpected console.error.
import { afterEach, vi } from "vitest";
// Registers the features' message catalogs, as the app, the server and the CLI do.
import "../../src/features/index.js";

const spy = vi.spyOn(console, "error");
afterEach(() => {
  const calls = spy.mock.calls;
  spy.mockClear();
  if (calls.length) throw new Error(`console.error was called: ${calls.map((c) => String(c[0])).join("; ")}`);
});
