import { defineConfig } from "vitest/config";

// Browser tests: one server and one Chromium per file, files one after another (CI runs two
// such runs at once, one per database: .ci/run), each server on a copy of the run's demo template.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    setupFiles: ["tests/e2e/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    pool: "forks",
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    reporters: ["default"],
  },
  esbuild: { jsx: "automatic", jsxImportSource: "hono/jsx" },
});
