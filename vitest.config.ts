import { defineConfig } from "vitest/config";
import { packageSources } from "./scripts/source-condition.ts";

export default defineConfig({
  // Spårbar's packages from their TypeScript sources, never from a build that may be stale.
  plugins: [packageSources()],
  test: {
    include: ["packages/*/test/**/*.test.ts", "tests/**/*.test.ts", "site/test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
    // A limit to catch a hang: CI machines run the browser and the builds beside the other
    // files, and a test that takes 4 s here may take several times that there.
    testTimeout: 60_000,
  },
});
