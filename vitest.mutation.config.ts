import { defineConfig } from "vitest/config";

// The core tests alone: what mutation testing runs against each changed copy of the status engine
// and the view records.
export default defineConfig({
  test: {
    include: ["packages/core/test/**/*.test.ts"],
    testTimeout: 20_000,
    // Loading the seed corpus in a beforeAll can pass the default ten seconds while Stryker's
    // two workers share the machine; such a stop says nothing about the tests.
    hookTimeout: 60_000,
  },
});
