// An incremental build writes into the folder its last build wrote, instead of emptying it and
// copying every reused page back from the build cache (188,000 copies on a national site).
// A reused page is then left where it is, and what the build did not write or keep (the pages
// of a deleted document, an old stylesheet) is removed at its end.
//
// The folder is trusted only when it still holds the last build made with the same cache: the
// cache records the folder and the identity of its front page (inode, size, time), which every
// build writes anew. A build without the cache, with another cache, or one that failed leaves
// a different front page or no record, and the next build empties the folder as usual.
import {
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** The record, in the build cache, of the folder its last build wrote. */
const RECORD = "sparbar-output.json";

interface OutputRecord {
  outDir: string;
  frontPage: { ino: number; size: number; mtimeMs: number };
}

function frontPageOf(outDir: string): OutputRecord["frontPage"] | undefined {
  try {
    const { ino, size, mtimeMs } = statSync(join(outDir, "index.html"));
    return { ino, size, mtimeMs };
  } catch {
    return undefined;
  }
}

/** Whether `outDir` holds, untouched by another build, the last build made with `cacheDir`. */
export function holdsLastBuild(outDir: string, cacheDir: string): boolean {
  let record: OutputRecord;
  try {
    record = JSON.parse(readFileSync(join(cacheDir, RECORD), "utf8"));
  } catch {
    return false;
  }
  const frontPage = frontPageOf(outDir);
  return (
    record.outDir === outDir &&
    frontPage !== undefined &&
    frontPage.ino === record.frontPage.ino &&
    frontPage.size === record.frontPage.size &&
    frontPage.mtimeMs === record.frontPage.mtimeMs
  );
}

/** The search index's folders, which `index-search.ts` replaces itself after the build. */
const searchBundle = /^pagefind(-\d+)?$/;

/**
 * Removes every file of `outDir` that this build neither wrote (modified before `since`) nor
 * kept (in `kept`), and the folders left empty; returns how many files went.
 */
function pruneStale(outDir: string, kept: ReadonlySet<string>, since: number): number {
  let removed = 0;
  const emptied = new Set<string>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (kept.has(path) || searchBundle.test(relative(outDir, path).split(sep)[0] ?? "")) continue;
    if (statSync(path).mtimeMs >= since) continue;
    unlinkSync(path);
    removed++;
    emptied.add(entry.parentPath);
  }
  // Deepest first, so that a folder emptied by removing its only subfolder goes too.
  const folders = [...emptied].sort((a, b) => b.length - a.length);
  for (let folder of folders) {
    while (folder.startsWith(outDir + sep)) {
      try {
        rmdirSync(folder);
      } catch {
        break; // not empty, or already gone
      }
      folder = dirname(folder);
    }
  }
  return removed;
}

/**
 * Astro's hooks around an incremental build into `outDir`: the record is dropped when a build
 * starts (so that a failed build is never trusted) and written when it ends, after the stale
 * files are removed.
 */
export function inPlaceOutput(outDir: string, cacheDir: string): AstroIntegration {
  let started = 0;
  const record = join(cacheDir, RECORD);
  return {
    name: "sparbar:in-place-output",
    hooks: {
      "astro:build:start": () => {
        started = Date.now();
        rmSync(record, { force: true });
      },
      "astro:build:done": ({ dir, assets, logger }) => {
        const folder = fileURLToPath(dir).replace(/[/\\]$/, "");
        const kept = new Set<string>();
        for (const files of assets.values()) {
          for (const file of files) kept.add(fileURLToPath(file));
        }
        const removed = pruneStale(folder, kept, started);
        if (removed > 0) logger.info(`${removed} file(s) no longer built were removed`);
        const frontPage = frontPageOf(outDir);
        if (frontPage) {
          writeFileSync(record, `${JSON.stringify({ outDir, frontPage })}\n`);
        }
      },
    },
  };
}
