import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    // Tests that start the server or the CLI as processes need room on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // PGlite tests are CPU-bound: one worker, so vitest's main process keeps a core to answer
    // the worker (starved, it misses its fixed 60 s RPC timeout and fails a green run with
    // "Timeout calling onTaskUpdate"). PostgreSQL tests mostly wait on the server: three.
    maxWorkers: process.env.DATABASE_URL ? 3 : 1,
    minWorkers: 1,
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/setup.ts"],
  },
  esbuild: { jsx: "automatic", jsxImportSource: "hono/jsx" },
});
