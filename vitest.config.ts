import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // vitest's default is one worker per core minus one: a single worker here.
    // PGlite tests are CPU-bound (one per core); PostgreSQL tests mostly wait
    // on the server, so more of them overlap.
    maxWorkers: process.env.DATABASE_URL ? 4 : 2,
    minWorkers: 1,
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/setup.ts"],
  },
  esbuild: { jsx: "automatic", jsxImportSource: "hono/jsx" },
});
