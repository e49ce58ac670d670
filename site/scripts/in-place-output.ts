// An incremental build writes into the folder its last build wrote, instead of emptying it and
// copying every reused page back from the build cache (188,000 copies on a national site).
// A reused page is then left where it is, and what the build did not write or keep (the pages
// of a deleted document, an old stylesheet) is removed at its end.
//
// The folder is trusted only when it still holds the last build made with the same cache: the
// cache records the folder and the identity of its front page (inode, size, time), which every
// build writes anew. A build without the cache, with another cache, or one that failed leaves
// a different front page or no record, and the next build empties the folder as usual.
//
// The record also lists the files that build left, so that finding stale files does not walk a
// national site's half a million entries (about five seconds of every rebuild): a stale page is
// one the last build listed and this one did not, and the few files Astro does not list (Vite's
// assets, the copies of public/, files at the top such as a sitemap) are looked for where they
// are written.
import {
  type Dirent,
  existsSync,
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
  /** The files the build left in the folder, relative to it, the search index's aside. */
  files?: string[];
}

function frontPageOf(outDir: string): OutputRecord["frontPage"] | undefined {
  try {
    const { ino, size, mtimeMs } = statSync(join(outDir, "index.html"));
    return { ino, size, mtimeMs };
  } catch {
    return undefined;
  }
}

function readRecord(cacheDir: string): OutputRecord | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheDir, RECORD), "utf8"));
  } catch {
    return undefined;
  }
}

/** Whether `outDir` holds, untouched by another build, the last build made with `cacheDir`. */
export function holdsLastBuild(outDir: string, cacheDir: string): boolean {
  const record = readRecord(cacheDir);
  const frontPage = frontPageOf(outDir);
  return (
    record?.outDir === outDir &&
    frontPage !== undefined &&
    frontPage.ino === record.frontPage.ino &&
    frontPage.size === record.frontPage.size &&
    frontPage.mtimeMs === record.frontPage.mtimeMs
  );
}

/** The search index's folders, which `index-search.ts` replaces itself after the build. */
const searchBundle = /^pagefind(-\d+)?$/;

function isSearchIndex(outDir: string, path: string): boolean {
  return searchBundle.test(relative(outDir, path).split(sep)[0] ?? "");
}

/** Every file under `folder`, as absolute paths; none when it does not exist. */
function filesUnder(folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * The files of `outDir` that Astro does not name among a build's pages: Vite's assets, the
 * copies of `publicDir`, and files at the top of the folder.
 */
function unlistedFiles(outDir: string, publicDir: string | undefined): string[] {
  const top = readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(outDir, entry.name));
  const copies = publicDir
    ? filesUnder(publicDir).map((file) => join(outDir, relative(publicDir, file)))
    : [];
  return [...top, ...filesUnder(join(outDir, "_astro")), ...copies];
}

/**
 * Removes, from `candidates`, every file that this build neither wrote (modified before
 * `since`) nor kept (in `kept`), and the folders left empty; returns the files removed.
 */
function pruneStale(
  outDir: string,
  candidates: Iterable<string>,
  kept: ReadonlySet<string>,
  since: number,
): Set<string> {
  const removed = new Set<string>();
  for (const path of candidates) {
    if (kept.has(path) || isSearchIndex(outDir, path)) continue;
    let modified: number;
    try {
      modified = statSync(path).mtimeMs;
    } catch {
      continue; // already gone
    }
    if (modified >= since) continue;
    unlinkSync(path);
    removed.add(path);
  }
  // Deepest first, so that a folder emptied by removing its only subfolder goes too.
  const folders = [...new Set([...removed].map((path) => dirname(path)))].sort(
    (a, b) => b.length - a.length,
  );
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
 * files are removed. `overLastBuild` is the configuration's own decision (`holdsLastBuild`),
 * which also kept Astro from emptying the folder: the two must never disagree.
 */
export function inPlaceOutput(
  outDir: string,
  cacheDir: string,
  overLastBuild: boolean,
): AstroIntegration {
  let started = 0;
  let publicDir: string | undefined;
  // What the last build left, when this build goes over it; undefined when its record has no
  // list (then the whole folder is looked through).
  let previous: string[] | undefined;
  const recordFile = join(cacheDir, RECORD);
  return {
    name: "sparbar:in-place-output",
    hooks: {
      "astro:config:done": ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      "astro:build:start": () => {
        started = Date.now();
        previous = overLastBuild ? readRecord(cacheDir)?.files : undefined;
        rmSync(recordFile, { force: true });
      },
      "astro:build:done": ({ dir, assets, logger }) => {
        const folder = fileURLToPath(dir).replace(/[/\\]$/, "");
        const kept = new Set<string>();
        for (const files of assets.values()) {
          for (const file of files) kept.add(fileURLToPath(file));
        }
        const unlisted = existsSync(folder) ? unlistedFiles(folder, publicDir) : [];
        // A folder that was not built over was emptied when the build began: nothing in it is
        // stale.
        const candidates = !overLastBuild
          ? []
          : previous
            ? new Set([...previous.map((file) => join(folder, file)), ...unlisted])
            : filesUnder(folder);
        const removed = pruneStale(folder, candidates, kept, started);
        if (removed.size > 0) logger.info(`${removed.size} file(s) no longer built were removed`);
        const frontPage = frontPageOf(outDir);
        if (frontPage) {
          const files = new Set(kept);
          for (const file of unlisted) if (!removed.has(file) && existsSync(file)) files.add(file);
          const record: OutputRecord = {
            outDir,
            frontPage,
            files: [...files].map((file) => relative(folder, file)),
          };
          writeFileSync(recordFile, `${JSON.stringify(record)}\n`);
        }
      },
    },
  };
}
