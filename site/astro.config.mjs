// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";

// The corpus the site is built from: the repository's own audits/ and responses/ unless told.
process.env.SPARBAR_ROOT ??= fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  site: process.env.SPARBAR_SITE_URL ?? "https://sparbar.example",
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  outDir: process.env.SPARBAR_OUT_DIR ?? "./dist",
  vite: { build: { assetsInlineLimit: 0 } },
});
