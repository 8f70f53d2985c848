import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/helpers/build-once.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: PGlite instances and the CLI's worker threads compete; two files at a time is enough.
    maxWorkers: 2,
  },
});
