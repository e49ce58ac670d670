import { defineConfig } from "vitest/config";

// The core tests alone: what mutation testing runs against each changed copy of the status engine
// and the view records.
export default defineConfig({
  test: {
    include: ["packages/core/test/**/*.test.ts"],
    testTimeout: 20_000,
  },
});
