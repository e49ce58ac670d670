// @ts-check
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { packageSources } from "../scripts/source-condition.ts";
import { holdsLastBuild, inPlaceOutput } from "./scripts/in-place-output.ts";
import { buildCacheFolder } from "./src/lib/settings.ts";

// The corpus the site is built from: the repository's own audits/ and responses/ unless told.
process.env.SPARBAR_ROOT ??= fileURLToPath(new URL("..", import.meta.url));

const siteDir = fileURLToPath(new URL(".", import.meta.url));
const outDir = resolve(siteDir, process.env.SPARBAR_OUT_DIR ?? "dist");

// Core is bundled into the build's chunks, away from the module its load workers run; they run
// it from core's sources, as the rest of the build uses them (see packageSources below).
process.env.SPARBAR_LOAD_WORKER ??= resolve(siteDir, "../packages/core/src/load/load-worker.ts");

// Astro moves the built stylesheet into the output folder with a rename, which fails with
// EXDEV across filesystems (a tmpfs /tmp, say), after the whole build has run.
let existing = outDir;
while (!existsSync(existing)) existing = dirname(existing);
if (statSync(existing).dev !== statSync(siteDir).dev) {
  throw new Error(
    `SPARBAR_OUT_DIR (${outDir}) is on another filesystem than the site (${siteDir}); Astro cannot move its files there. Choose a folder on the same disk, such as site/dist, and copy the result afterwards.`,
  );
}

// The site's public address. Without one, every address the site writes is relative and no
// sitemap is written (a sitemap needs absolute addresses); the build says which it does.
const site = process.env.SPARBAR_SITE_URL?.trim() || undefined;
console.log(
  site
    ? `Spårbar: addresses in feeds, calendars, canonical links and the sitemap start with ${site}`
    : "Spårbar: SPARBAR_SITE_URL is not set, so feeds, calendars and canonical links use addresses relative to the site and no sitemap is written. Set it to the site's address to get both.",
);

// An incremental build: with a folder for Astro's build cache, a page whose key (see
// src/lib/static-paths.ts) is the same as in the last build there is reused instead of being
// built again. Without one, every page is built.
const buildCache = buildCacheFolder();
// With a cache, the folder of the last build is built over rather than emptied, so that the
// pages taken from the cache stay where they are (scripts/in-place-output.ts).
const inPlace = buildCache !== undefined && holdsLastBuild(outDir, buildCache);

export default defineConfig({
  site,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  outDir,
  ...(buildCache ? { cacheDir: buildCache, experimental: { incrementalBuild: true } } : {}),
  vite: {
    build: { assetsInlineLimit: 0, emptyOutDir: !inPlace },
    // Spårbar's packages from their TypeScript sources, never from a build that may be stale.
    plugins: [packageSources()],
  },
  integrations: [
    ...(site
      ? [
          sitemap({
            // The protocol allows 50,000 addresses a file; a national site has 180,000 pages.
            entryLimit: 45_000,
            filter: (page) => !page.endsWith("/404/") && !page.includes("/404."),
          }),
        ]
      : []),
    ...(buildCache ? [inPlaceOutput(outDir, buildCache, inPlace)] : []),
  ],
});
