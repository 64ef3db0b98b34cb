import { defineConfig } from "vitest/config";

const workers = process.env.DATABASE_URL ? 3 : 2;

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    // Tests that start the server or the CLI as processes need room on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Test files share a worker process (module state is per test file by design: each opens
    // its own database); loading the app's modules once per worker instead of once per file
    // saves minutes. PGlite tests are CPU-bound: two workers for two cores. PostgreSQL tests
    // mostly wait on the server: three.
    isolate: false,
    maxWorkers: workers,
    // As many kept as started: tinypool (vitest 3.2) retires a worker above the minimum the
    // moment it goes idle, and a test file handed to it meanwhile dies with "Terminating
    // worker thread".
    minWorkers: workers,
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/setup.ts"],
  },
  esbuild: { jsx: "automatic", jsxImportSource: "hono/jsx" },
});
