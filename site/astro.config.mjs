// @ts-check
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { packageSources } from "../scripts/source-condition.ts";

// The corpus the site is built from: the repository's own audits/ and responses/ unless told.
process.env.SPARBAR_ROOT ??= fileURLToPath(new URL("..", import.meta.url));

const siteDir = fileURLToPath(new URL(".", import.meta.url));
const outDir = resolve(siteDir, process.env.SPARBAR_OUT_DIR ?? "dist");

// Astro moves the built stylesheet into the output folder with a rename, which fails with
// EXDEV across filesystems (a tmpfs /tmp, say), after the whole build has run.
let existing = outDir;
while (!existsSync(existing)) existing = dirname(existing);
if (statSync(existing).dev !== statSync(siteDir).dev) {
  throw new Error(
    `SPARBAR_OUT_DIR (${outDir}) is on another filesystem than the site (${siteDir}); Astro cannot move its files there. Choose a folder on the same disk, such as site/dist, and copy the result afterwards.`,
  );
}

export default defineConfig({
  site: process.env.SPARBAR_SITE_URL ?? "https://sparbar.example",
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  outDir,
  vite: {
    build: { assetsInlineLimit: 0 },
    // Spårbar's packages from their TypeScript sources, never from a build that may be stale.
    plugins: [packageSources()],
  },
});
