// The baseline for the site benchmark: Astro building as many trivial pages as the real site has,
// so that the real build's cost can be read as a ratio against Astro's own.
import { defineConfig } from "astro/config";

export default defineConfig({
  outDir: process.env.SPARBAR_OUT_DIR ?? "./dist",
  build: { format: "directory", concurrency: 4 },
  trailingSlash: "always",
});
