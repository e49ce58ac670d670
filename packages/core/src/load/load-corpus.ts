import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type {
  BrokenDocument,
  DocumentType,
  LoadedAudit,
  LoadedOrganisation,
  LoadedResponse,
} from "./document.ts";
import { LoadCache } from "./load-cache.ts";
import { type HtmlRenderer, type LoadResult, loadSource } from "./load-source.ts";
import { canLoadInParallel, loadInParallel } from "./parallel-load.ts";
import { contentHash, readSourceFile } from "./source-file.ts";
import { realRoot, walkCorpus } from "./walk.ts";

/** Every document of a corpus as read from its files, before linking. */
export interface LoadedCorpus {
  organisations: LoadedOrganisation[];
  audits: LoadedAudit[];
  responses: LoadedResponse[];
  /** Files that did not load. */
  broken: BrokenDocument[];
  diagnostics: Diagnostic[];
  /**
   * Documents of the corpus known only by their ids this time (a check that reads only what
   * changed): used to suggest the id a writer meant, never to link anything to.
   */
  elsewhere?: BrokenDocument[];
}

export interface SourceFile {
  /** Path relative to the corpus root, forward slashes. */
  file: string;
  content: Uint8Array | string;
  type?: DocumentType;
}

export function emptyCorpus(): LoadedCorpus {
  return { organisations: [], audits: [], responses: [], broken: [], diagnostics: [] };
}

export function addResult(corpus: LoadedCorpus, result: LoadResult) {
  corpus.diagnostics.push(...result.diagnostics);
  if (result.broken) corpus.broken.push(result.broken);
  const document = result.document;
  if (!document) return;
  if (document.type === "organisation") corpus.organisations.push(document);
  else if (document.type === "audit") corpus.audits.push(document);
  else corpus.responses.push(document);
}

/** Loads documents given as text or bytes, e.g. in tests or from an editor. */
export function loadSources(sources: Iterable<SourceFile>): LoadedCorpus {
  const corpus = emptyCorpus();
  for (const source of sources) {
    addResult(corpus, loadSource(source.file, source.content, source.type));
  }
  return corpus;
}

export interface LoadOptions {
  /** Only these files (relative to the root); all corpus files when left out. */
  files?: string[];
  /** Called after each file, for progress on long work. */
  onProgress?: (done: number, total: number) => void;
  /** Load on worker threads when there are enough files to gain from it (default: true). */
  parallel?: boolean;
  /** Render audit and response bodies as safe HTML while loading (what the site shows). */
  renderHtml?: boolean;
  /** With `files`: what the walk that found them refused, to report with the rest. */
  refused?: Diagnostic[];
  /** Called with each file's result as it is added. */
  onLoaded?: (file: string, result: LoadResult) => void;
  /** Give each result the hash of the file's bytes (for the check's cache). */
  hash?: boolean;
  /**
   * Files outside the corpus to read with it, so that they are linked and checked against it
   * as if they were part of it (a draft before it is filed): read from `path`, named `file`.
   */
  outside?: OutsideFile[];
  /**
   * A file in which to keep what each file loaded as, so that the next load with the same file
   * parses only the files whose bytes changed (the site's incremental build uses it).
   */
  cache?: string;
}

export interface OutsideFile {
  /** The name its problems are reported under. */
  file: string;
  /** Where it is read from. */
  path: string;
}

function addOutside(corpus: LoadedCorpus, outside: OutsideFile[] = []) {
  for (const { file, path } of outside) {
    const read = readSourceFile(path, file);
    addResult(corpus, read.ok ? loadSource(file, read.bytes) : { diagnostics: [read.diagnostic] });
  }
}

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_FROM = 400;

/**
 * Reads one file and loads it. Synchronous on purpose: files are read one after another anyway,
 * and a promise per file made reading cost as much as parsing the YAML.
 */
export function readAndLoad(
  root: string,
  file: string,
  html?: HtmlRenderer,
  hash = false,
): LoadResult {
  const read = readSourceFile(join(root, file), file, insideOf(root));
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const result = loadSource(file, read.bytes, undefined, html ? { html } : {});
  // The bytes are at hand: their hash lets a later check tell an edit from a touch.
  if (hash) result.hash = contentHash(read.bytes);
  return result;
}

const realRoots = new Map<string, string>();

/** The real path of a root, looked up once: every file read is judged against it. */
function insideOf(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realRoot(root);
    realRoots.set(root, real);
  }
  return real;
}

/**
 * Reads and loads every corpus file under a root directory, and names every entry the walk
 * left out (links that leave the corpus, pipes, copies).
 */
export async function loadCorpus(root: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const listing = options.files ? undefined : await walkCorpus(root, { stat: false });
  const files = options.files ?? listing?.files.map((f) => f.file) ?? [];
  const refused = listing?.refused ?? options.refused ?? [];
  const results = options.cache
    ? await loadWithCache(root, files, options.cache, options)
    : await loadFiles(root, files, options);
  const corpus = emptyCorpus();
  corpus.diagnostics.push(...refused);
  for (const file of files) {
    const result = results.get(file);
    if (!result) continue;
    options.onLoaded?.(file, result);
    addResult(corpus, result);
  }
  addOutside(corpus, options.outside);
  return corpus;
}

/** Loads files, on worker threads when there are enough of them to gain from it. */
async function loadFiles(
  root: string,
  files: readonly string[],
  options: LoadOptions,
  hash = options.hash === true,
): Promise<Map<string, LoadResult>> {
  if (options.parallel !== false && files.length >= PARALLEL_FROM && canLoadInParallel()) {
    return loadInParallel(root, files, {
      renderHtml: options.renderHtml === true,
      hash,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  }
  // The HTML renderer is loaded only for a caller that wants HTML.
  const html = options.renderHtml ? await import("../render/markdown-html.ts") : undefined;
  const results = new Map<string, LoadResult>();
  for (const file of files) {
    results.set(file, readAndLoad(root, file, html, hash));
    options.onProgress?.(results.size, files.length);
  }
  return results;
}

/**
 * Loads files through a load cache: a file whose bytes are as when it was last loaded with the
 * same code and options is taken from the cache, the rest are loaded and kept for next time.
 */
async function loadWithCache(
  root: string,
  files: readonly string[],
  path: string,
  options: LoadOptions,
): Promise<Map<string, LoadResult>> {
  const cache = LoadCache.open(path, options.renderHtml === true ? "html" : "");
  const results = new Map<string, LoadResult>();
  const changed: string[] = [];
  for (const file of files) {
    const read = readSourceFile(join(root, file), file, insideOf(root));
    // A file that cannot be read is loaded as usual, which reports why.
    const sha1 = read.ok ? contentHash(read.bytes) : undefined;
    const kept = sha1 === undefined ? undefined : cache.take(file, sha1);
    if (kept) results.set(file, options.hash ? { ...kept, hash: sha1 } : kept);
    else changed.push(file);
  }
  const loaded = await loadFiles(root, changed, options, true);
  for (const [file, result] of loaded) {
    if (result.hash !== undefined) cache.put(file, result.hash, result);
    if (!options.hash) delete result.hash;
    results.set(file, result);
  }
  cache.save();
  return results;
}
