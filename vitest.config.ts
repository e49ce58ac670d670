import { defineConfig } from "vitest/config";
import { packageSources } from "./scripts/source-condition.ts";

export default defineConfig({
  // Spårbar's packages from their TypeScript sources, never from a build that may be stale.
  plugins: [packageSources()],
  test: {
    include: ["packages/*/test/**/*.test.ts", "tests/**/*.test.ts", "site/test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
    testTimeout: 20_000,
  },
});
