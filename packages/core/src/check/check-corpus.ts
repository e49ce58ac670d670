import { join } from "node:path";
import type { Bilingual } from "../bilingual.ts";
import { Corpus } from "../corpus.ts";
import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { codeFingerprint } from "../load/code-fingerprint.ts";
import type { BrokenDocument, LoadedDocument } from "../load/document.ts";
import {
  addResult,
  emptyCorpus,
  type LoadedCorpus,
  loadCorpus,
  type OutsideFile,
  readAndLoad,
} from "../load/load-corpus.ts";
import { type LoadResult, loadSource } from "../load/load-source.ts";
import { contentHash, readSourceFile } from "../load/source-file.ts";
import { type CorpusFile, type CorpusListing, realRoot, walkCorpus } from "../load/walk.ts";
import { type CacheEntry, type CacheRead, readCheckCache, writeCheckCache } from "./cache-file.ts";
import {
  dependenciesOf,
  documentOf,
  type IdentityKey,
  identityOf,
  idsKeyOf,
  suggestionSources,
} from "./dependencies.ts";

/** Bump when the shape of the cache changes; a change to the code is caught by its fingerprint. */
const CHECK_CACHE_VERSION = "sparbar-check-4";

/** The version a cache must carry to be used: its shape and the code that wrote it. */
function cacheVersion(): string {
  return `${CHECK_CACHE_VERSION}/${codeFingerprint()}`;
}

/**
 * A file changed within this long of a check may have changed again after it without its time
 * moving (file times are coarse on many file systems): its bytes are compared, as git does with
 * "racily clean" entries.
 */
const RACY_MS = 2000;

export interface CheckOptions {
  /** Where to keep what the last check found; no cache when left out. */
  cacheFile?: string;
  onProgress?: (done: number, total: number) => void;
  /**
   * Files outside the corpus checked against it as if they were part of it (a draft before it
   * is filed). The whole corpus is read then, and no cache is read or written.
   */
  outside?: OutsideFile[];
}

export interface CheckOutcome {
  files: number;
  diagnostics: Diagnostic[];
  /** How many files were read and parsed this time (all of them without a cache). */
  parsed: number;
  /** Set when a cache was there but could not be used: what happened, for the user. */
  cacheNote?: Bilingual;
}

function entriesFrom(
  corpus: Corpus,
  loaded: LoadedCorpus,
  files: CorpusFile[],
  hashes: Map<string, string>,
  only?: Set<string>,
): Record<string, CacheEntry> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of corpus.diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const documents = new Map<string, LoadedDocument | BrokenDocument>();
  for (const d of [
    ...loaded.organisations,
    ...loaded.audits,
    ...loaded.responses,
    ...loaded.broken,
  ])
    documents.set(d.file, d);
  const entries: Record<string, CacheEntry> = {};
  for (const f of files) {
    if (only && !only.has(f.file)) continue;
    const document = documents.get(f.file);
    const diagnostics = byFile.get(f.file) ?? [];
    const entry: CacheEntry = {
      mtimeMs: f.mtimeMs,
      ctimeMs: f.ctimeMs,
      ino: f.ino,
      size: f.size,
      hash: hashes.get(f.file) ?? "",
      deps: document
        ? [...dependenciesOf(document), ...suggestionSources(document, diagnostics)]
        : [],
      diagnostics,
    };
    const identity = document ? identityOf(document) : undefined;
    if (identity) entry.identity = identity;
    if (document && !("data" in document)) entry.broken = document;
    entries[f.file] = entry;
  }
  return entries;
}

async function fullCheck(
  root: string,
  listing: CorpusListing,
  options: CheckOptions,
  startedMs: number,
  cacheNote?: Bilingual,
): Promise<CheckOutcome> {
  const { files, refused } = listing;
  const hashes = new Map<string, string>();
  const loaded = await loadCorpus(root, {
    files: files.map((f) => f.file),
    refused,
    hash: true,
    onLoaded: (file, result) => {
      if (result.hash) hashes.set(file, result.hash);
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.outside ? { outside: options.outside } : {}),
  });
  const corpus = new Corpus(loaded);
  if (options.cacheFile) {
    await writeCheckCache(options.cacheFile, {
      version: cacheVersion(),
      startedMs,
      entries: entriesFrom(corpus, loaded, files, hashes),
    });
  }
  return {
    files: files.length,
    diagnostics: corpus.diagnostics,
    parsed: files.length,
    ...(cacheNote ? { cacheNote } : {}),
  };
}

/** The files given and every file they depend on, directly or through others. */
function withDependencies(
  files: Set<string>,
  depsOf: (file: string) => IdentityKey[],
  owners: Map<IdentityKey, string[]>,
): Set<string> {
  const needed = new Set(files);
  const queue = [...files];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const key of depsOf(file)) {
      for (const owner of owners.get(key) ?? []) {
        if (!needed.has(owner)) {
          needed.add(owner);
          queue.push(owner);
        }
      }
    }
  }
  return needed;
}

/**
 * Checks every file of a corpus. With a cache, only what changed since the last check is read
 * again, together with the files that refer to it and the files it refers to; everything else
 * keeps the problems found last time. The result is the same as a check from scratch, which is
 * what runs whenever the cache is missing, stale, or a change reaches too far.
 */
export async function checkCorpus(root: string, options: CheckOptions = {}): Promise<CheckOutcome> {
  const startedMs = Date.now();
  const listing = await walkCorpus(root);
  const { files, refused } = listing;
  if (options.outside?.length) {
    // What the cache holds is the corpus alone; files from outside are not part of it.
    const { cacheFile: _, ...uncached } = options;
    return fullCheck(root, listing, uncached, startedMs);
  }
  const read: CacheRead = options.cacheFile
    ? await readCheckCache(options.cacheFile, cacheVersion())
    : { ok: false };
  if (!read.ok) return fullCheck(root, listing, options, startedMs, read.note);
  const cache = read.cache;

  const present = new Map(files.map((f) => [f.file, f]));
  const touchedFiles: CorpusFile[] = [];
  let moved = 0;
  for (const f of files) {
    const entry = cache.entries[f.file];
    if (
      !entry ||
      entry.mtimeMs !== f.mtimeMs ||
      entry.size !== f.size ||
      entry.ctimeMs !== f.ctimeMs ||
      entry.ino !== f.ino
    ) {
      touchedFiles.push(f);
      moved++;
    } else if (entry.mtimeMs >= cache.startedMs - RACY_MS) touchedFiles.push(f);
  }
  const removed = Object.keys(cache.entries).filter((file) => !present.has(file));
  if (moved + removed.length > files.length / 4)
    return fullCheck(root, listing, options, startedMs);

  // A file whose time changed but whose bytes did not keeps what was found in it.
  const parsed = new Map<string, LoadResult>();
  const hashes = new Map<string, string>();
  const changed: CorpusFile[] = [];
  let refreshed = false;
  for (const f of touchedFiles) {
    const content = readSourceFile(join(root, f.file), f.file, realRoot(root));
    const hash = content.ok ? contentHash(content.bytes) : "";
    const entry = cache.entries[f.file];
    if (entry && hash !== "" && entry.hash === hash) {
      cache.entries[f.file] = {
        ...entry,
        mtimeMs: f.mtimeMs,
        ctimeMs: f.ctimeMs,
        ino: f.ino,
        size: f.size,
      };
      refreshed = true;
      continue;
    }
    changed.push(f);
    hashes.set(f.file, hash);
    parsed.set(
      f.file,
      content.ok ? loadSource(f.file, content.bytes) : { diagnostics: [content.diagnostic] },
    );
  }
  if (changed.length === 0 && removed.length === 0) {
    if (refreshed && options.cacheFile)
      await writeCheckCache(options.cacheFile, { ...cache, startedMs });
    const diagnostics = [
      ...refused,
      ...files.flatMap((f) => cache.entries[f.file]?.diagnostics ?? []),
    ].sort(compareDiagnostics);
    return { files: files.length, diagnostics, parsed: 0 };
  }
  const identityAfter = (file: string) => {
    const result = parsed.get(file);
    if (result) {
      const document = result.document ?? result.broken;
      return document ? identityOf(document) : undefined;
    }
    return cache.entries[file]?.identity;
  };
  const touched = new Set<IdentityKey>();
  for (const f of changed) {
    const before = cache.entries[f.file]?.identity;
    const after = identityAfter(f.file);
    if (before) touched.add(before);
    if (after) touched.add(after);
  }
  for (const file of removed) {
    const before = cache.entries[file]?.identity;
    if (before) touched.add(before);
  }

  // A document that comes, goes or changes its id changes the ids suggested for unknown ones.
  for (const f of [...changed.map((c) => c.file), ...removed]) {
    const before = cache.entries[f]?.identity;
    const after = identityAfter(f);
    if (before !== after) for (const key of [before, after]) if (key) touched.add(idsKeyOf(key));
  }

  // An id used twice makes which document wins depend on the whole corpus: check everything.
  const owners = new Map<IdentityKey, string[]>();
  for (const f of files) {
    const identity = identityAfter(f.file);
    if (identity) owners.set(identity, [...(owners.get(identity) ?? []), f.file]);
  }
  if ([...owners.values()].some((list) => list.length > 1))
    return fullCheck(root, listing, options, startedMs);

  const affected = new Set<string>(changed.map((f) => f.file));
  for (const f of files) {
    if (affected.has(f.file)) continue;
    if (cache.entries[f.file]?.deps.some((key) => touched.has(key))) affected.add(f.file);
  }
  if (affected.size > files.length / 4) return fullCheck(root, listing, options, startedMs);

  // Everything the affected files depend on, transitively, is loaded alongside them.
  const depsOf = (file: string): IdentityKey[] => {
    const result = parsed.get(file);
    const document = result?.document ?? result?.broken;
    return document ? dependenciesOf(document) : (cache.entries[file]?.deps ?? []);
  };
  const needed = withDependencies(affected, depsOf, owners);
  const mini = emptyCorpus();
  for (const file of [...needed].sort())
    addResult(mini, parsed.get(file) ?? readAndLoad(root, file));
  // Broken files elsewhere still matter: a reference to one is not reported twice. The ids of
  // the rest are known too, for suggesting the one an unknown id was meant to be.
  mini.elsewhere = [];
  for (const f of files) {
    const broken = cache.entries[f.file]?.broken;
    if (broken && !needed.has(f.file)) mini.broken.push(broken);
    const identity = cache.entries[f.file]?.identity;
    if (!needed.has(f.file) && identity) mini.elsewhere.push(documentOf(f.file, identity));
  }
  const corpus = new Corpus(mini);
  const entries: Record<string, CacheEntry> = {};
  for (const f of files) {
    const entry = cache.entries[f.file];
    if (entry && !affected.has(f.file)) entries[f.file] = entry;
  }
  for (const file of affected)
    if (!hashes.has(file)) hashes.set(file, cache.entries[file]?.hash ?? "");
  Object.assign(entries, entriesFrom(corpus, mini, files, hashes, affected));
  if (options.cacheFile)
    await writeCheckCache(options.cacheFile, { version: cacheVersion(), startedMs, entries });
  const diagnostics = [
    ...refused,
    ...files.flatMap((f) => entries[f.file]?.diagnostics ?? []),
  ].sort(compareDiagnostics);
  return { files: files.length, diagnostics, parsed: needed.size };
}
