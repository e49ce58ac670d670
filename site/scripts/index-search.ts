// Builds the search index of a built site with Pagefind, in bounded memory. Pagefind holds
// every page it reads while it builds an index, so one index over a national site needed
// several gigabytes. Here it reads only the pages that are searched (an organisation's, its
// audits' and its responses', in both languages), and it indexes them in shards of whole
// organisations, one Pagefind run after another, so that its peak follows the largest shard
// and not the site. The search page merges the shards when it searches (Pagefind's
// `mergeIndex`): the first shard is `pagefind/`, and `pagefind/shards.json` lists the others.
//
// With SPARBAR_BUILD_CACHE, a shard whose pages are byte for byte those of a shard indexed
// before is copied from the cache instead of indexed again: after an edit, only the shards
// holding a changed page are.
//
// Pagefind is given a folder holding only the shard's pages (hard links beside the site), not
// the site with a glob: it walks every file under the folder it is given, half a million on a
// national site, before it reads a page. Its time also grows faster than its pages (a shard of
// 8,000 took about five times one of 2,000), so small shards cost a full index little and make
// the shard an edit touches quick to index again.
//
// node scripts/index-search.ts [SITE_FOLDER]     (default: SPARBAR_OUT_DIR, else dist)
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { paths } from "../src/lib/paths.ts";
import { buildCacheFolder } from "../src/lib/settings.ts";

/**
 * Pages a shard may hold. Pagefind needed about 0.1 MB for each page it indexed; a national
 * site's 63,000 searched pages make some 30 shards, which a search merges.
 */
const DEFAULT_SHARD_PAGES = 2000;

export interface Shard {
  organisations: string[];
  pages: number;
  /** Where the shard's index is written, relative to the site. */
  bundle: string;
}

/**
 * The searched pages of one organisation, in both languages, relative to the site: its page,
 * its audits' and its responses'.
 */
export function searchedPages(site: string, organisation: string): string[] {
  const pages: string[] = [];
  for (const lang of ["sv", "en"] as const) {
    pages.push(`${paths.organisation(lang, organisation).slice(1)}index.html`);
    for (const folder of [paths.audit, paths.response]) {
      // The folder that holds one page for each document ("malmo/granskning/").
      const parent = folder(lang, organisation, "-").slice(1, -"-/".length);
      let names: string[];
      try {
        names = readdirSync(join(site, parent)).sort();
      } catch {
        continue; // no documents of this kind
      }
      for (const name of names) {
        const page = `${parent}${name}/index.html`;
        if (existsSync(join(site, page))) pages.push(page);
      }
    }
  }
  return pages;
}

/**
 * Organisations, in the order given, gathered into shards of at most `limit` pages; an
 * organisation is never split, so one larger than the limit is a shard of its own.
 */
export function planShards(
  organisations: readonly { id: string; pages: number }[],
  limit: number,
): Shard[] {
  const shards: Shard[] = [];
  for (const { id, pages } of organisations) {
    const last = shards.at(-1);
    if (last && last.pages + pages <= limit) {
      last.organisations.push(id);
      last.pages += pages;
    } else {
      const n = shards.length + 1;
      shards.push({ organisations: [id], pages, bundle: n === 1 ? "pagefind" : `pagefind-${n}` });
    }
  }
  return shards;
}

/**
 * The organisations of a built site (top-level folders whose page is in the search), each with
 * its searched pages.
 */
function organisationsOf(site: string): Map<string, string[]> {
  const organisations = readdirSync(site, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => {
      const page = join(site, name, "index.html");
      return existsSync(page) && readFileSync(page, "utf8").includes("data-pagefind-body");
    })
    .sort();
  return new Map(organisations.map((id) => [id, searchedPages(site, id)]));
}

/**
 * Runs Pagefind over `pages` of `site`, writing the index into the site's folder for the shard.
 * Pagefind reads a folder of hard links to the pages (copies where links cannot be made),
 * made beside the site so that they are on its disk, and removed afterwards.
 */
function runPagefind(site: string, shard: Shard, pages: readonly string[]): void {
  const { bundle } = shard;
  const pagefind = resolve(import.meta.dirname, "../node_modules/.bin/pagefind");
  const folder = mkdtempSync(join(dirname(site), `.${basename(site)}-search-`));
  try {
    for (const page of pages) {
      const link = join(folder, page);
      mkdirSync(dirname(link), { recursive: true });
      try {
        linkSync(join(site, page), link);
      } catch {
        copyFileSync(join(site, page), link);
      }
    }
    const run = spawnSync(
      pagefind,
      ["--site", folder, "--output-path", join(site, bundle), "--silent"],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (run.status !== 0)
      throw new Error(`Pagefind failed on ${bundle} (${shard.organisations.join(", ")})`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What a shard's index is made from: Pagefind's version, its name and its pages' bytes. */
function shardHash(site: string, shard: Shard, pages: readonly string[]): string {
  const hash = createHash("sha1");
  const pagefindPackage = resolve(import.meta.dirname, "../node_modules/pagefind/package.json");
  hash.update(readFileSync(pagefindPackage)).update(`\0${shard.bundle}\0`);
  for (const page of pages) {
    hash
      .update(`${page}\0`)
      .update(readFileSync(join(site, page)))
      .update("\0");
  }
  return hash.digest("hex");
}

/**
 * A shard's pages as the file system describes them (name, size, inode, time of writing): an
 * incremental build leaves an unchanged page as it was, so an equal stamp saves reading every
 * page to hash it. Any write changes the stamp; the bytes decide then.
 */
function shardStamp(site: string, shard: Shard, pages: readonly string[]): string {
  const hash = createHash("sha1").update(`${site}\0${shard.bundle}\0`);
  for (const page of pages) {
    const { size, ino, mtimeMs } = statSync(join(site, page));
    hash.update(`${page}\0${size}\0${ino}\0${mtimeMs}\0`);
  }
  return hash.digest("hex");
}

/**
 * What this cache put in a site's bundle folder: the shard's hash, the site, and the identity of
 * the bundle's entry file (which Pagefind writes anew each time it indexes).
 */
function placement(site: string, bundle: string, hash: string): string {
  try {
    const { ino, mtimeMs } = statSync(join(site, bundle, "pagefind-entry.json"));
    return `${hash}\n${site}\n${ino}\n${mtimeMs}`;
  } catch {
    return "";
  }
}

/** A record the cache keeps as JSON (stamps, placements); empty when absent or unreadable. */
function readRecord(file: string | undefined): Record<string, string> {
  try {
    return file ? JSON.parse(readFileSync(file, "utf8")) : {};
  } catch {
    return {};
  }
}

/** Where shards are kept between builds: in the build cache, when there is one. */
function shardCache(): string | undefined {
  const folder = buildCacheFolder();
  return folder && join(folder, "search");
}

/**
 * Runs Pagefind over each shard in turn, or copies a shard from `cache` when its pages are as
 * they were; returns the shards, with how many were indexed. Throws when Pagefind fails.
 */
export function indexSearch(
  site: string,
  limit = Number(process.env.SPARBAR_SEARCH_SHARD_PAGES ?? DEFAULT_SHARD_PAGES),
  cache = shardCache(),
): { shards: Shard[]; indexed: number } {
  const organisations = organisationsOf(site);
  const shards = planShards(
    [...organisations].map(([id, pages]) => ({ id, pages: pages.length })),
    limit,
  );
  const placedFile = cache ? join(cache, "placed.json") : undefined;
  const placed = readRecord(placedFile);
  // A bundle is left in the site only where this cache put it and nothing has written it since.
  for (const bundle of readdirSync(site).filter((name) => /^pagefind(-\d+)?$/.test(name))) {
    const mine = placed[bundle];
    if (mine && mine === placement(site, bundle, mine.split("\n")[0] ?? "")) continue;
    rmSync(join(site, bundle), { recursive: true, force: true });
    delete placed[bundle];
  }
  const kept = new Set<string>();
  const stampsFile = cache ? join(cache, "stamps.json") : undefined;
  const knownStamps = readRecord(stampsFile);
  const stamps: Record<string, string> = {};
  let indexed = 0;
  for (const shard of shards) {
    const pages = shard.organisations.flatMap((id) => organisations.get(id) ?? []).sort();
    const output = join(site, shard.bundle);
    let cached: string | undefined;
    if (cache) {
      const stamp = shardStamp(site, shard, pages);
      const hash = knownStamps[stamp] ?? shardHash(site, shard, pages);
      stamps[stamp] = hash;
      cached = join(cache, hash);
      kept.add(cached);
      if (placed[shard.bundle]?.startsWith(`${hash}\n`)) continue;
      rmSync(output, { recursive: true, force: true });
      delete placed[shard.bundle];
    }
    if (cached && existsSync(cached)) {
      cpSync(cached, output, { recursive: true });
      placed[shard.bundle] = placement(site, shard.bundle, basename(cached));
      continue;
    }
    runPagefind(site, shard, pages);
    indexed++;
    if (cached) {
      // Copied under another name and renamed, so that a cache entry is whole or absent.
      mkdirSync(cache as string, { recursive: true });
      const partial = `${cached}.partial`;
      rmSync(partial, { recursive: true, force: true });
      cpSync(output, partial, { recursive: true });
      renameSync(partial, cached);
      placed[shard.bundle] = placement(site, shard.bundle, basename(cached));
    }
  }
  for (const bundle of Object.keys(placed)) {
    if (!shards.some((shard) => shard.bundle === bundle)) delete placed[bundle];
  }
  // Shards no page of this build is in any more.
  if (cache && stampsFile && existsSync(cache)) {
    for (const name of readdirSync(cache)) {
      const path = join(cache, name);
      if (!kept.has(path) && path !== stampsFile) rmSync(path, { recursive: true, force: true });
    }
    writeFileSync(stampsFile, `${JSON.stringify(stamps)}\n`);
    writeFileSync(placedFile as string, `${JSON.stringify(placed)}\n`);
  }
  if (shards.length > 0) {
    writeFileSync(
      join(site, "pagefind", "shards.json"),
      `${JSON.stringify(shards.slice(1).map((s) => `/${s.bundle}/`))}\n`,
    );
  }
  return { shards, indexed };
}

if (import.meta.main) {
  const site = resolve(process.argv[2] ?? process.env.SPARBAR_OUT_DIR ?? "dist");
  if (!existsSync(join(site, "index.html"))) {
    console.error(`No built site in ${site}: build it first (pnpm build), or name its folder.`);
    process.exit(1);
  }
  try {
    const { shards, indexed } = indexSearch(site);
    const pages = shards.reduce((sum, s) => sum + s.pages, 0);
    console.log(
      `Search index: ${pages} pages in ${shards.length} shard(s), ${indexed} indexed and ${shards.length - indexed} as they were`,
    );
  } catch (error) {
    console.error(`The search index was not made: ${(error as Error).message}`);
    process.exit(1);
  }
}
