import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import {
  type BrokenDocument,
  type DocumentType,
  documentTypeOf,
  type LoadedAudit,
  type LoadedOrganisation,
  type LoadedResponse,
  unreadName,
} from "./document.ts";
import { type LoadResult, loadSource, notRead, unreadable } from "./load-source.ts";
import { canLoadInParallel, loadInParallel } from "./parallel-load.ts";

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

/**
 * The corpus files under a root (audits/**, responses/**) in a stable order, and the files
 * there that look like sources but are not read (`.MD`, `.markdown`, `.md.txt`).
 */
export function scanCorpusFolders(root: string): { files: string[]; unread: string[] } {
  const files: string[] = [];
  const unread: string[] = [];
  // A synchronous walk by hand: several times faster than readdir's own recursive mode, which
  // matters when a check of a large corpus has nothing else to do.
  const walk = (folder: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, folder), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (documentTypeOf(path)) files.push(path);
      else if (unreadName(path)) unread.push(path);
    }
  };
  walk("audits");
  walk("responses");
  return { files: files.sort(), unread: unread.sort() };
}

/** The corpus files under a root: audits/**, responses/**, in a stable order. */
export async function listCorpusFiles(root: string): Promise<string[]> {
  return scanCorpusFolders(root).files;
}

/** A warning for each file under a root that looks like a source but is not read. */
export function unreadCorpusFiles(root: string): Diagnostic[] {
  return scanCorpusFolders(root).unread.map(notRead);
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
}

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_FROM = 400;

/**
 * Reads one file and loads it. Synchronous on purpose: files are read one after another anyway,
 * and a promise per file made reading cost as much as parsing the YAML.
 */
export function readAndLoad(root: string, file: string, renderHtml: boolean): LoadResult {
  let content: Buffer;
  try {
    content = readFileSync(join(root, file));
  } catch (error) {
    return unreadable(file, error);
  }
  return loadSource(file, content, undefined, { renderHtml });
}

/** Reads and loads every corpus file under a root directory. */
export async function loadCorpus(root: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const scanned = options.files ? undefined : scanCorpusFolders(root);
  const files = options.files ?? scanned?.files ?? [];
  const corpus = await loadFiles(root, files, options);
  corpus.diagnostics.push(...(scanned?.unread ?? []).map(notRead));
  return corpus;
}

async function loadFiles(
  root: string,
  files: string[],
  options: LoadOptions,
): Promise<LoadedCorpus> {
  if (options.parallel !== false && files.length >= PARALLEL_FROM && canLoadInParallel()) {
    const results = await loadInParallel(root, files, {
      renderHtml: options.renderHtml === true,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const corpus = emptyCorpus();
    for (const file of files) {
      const result = results.get(file);
      if (result) addResult(corpus, result);
    }
    return corpus;
  }
  const corpus = emptyCorpus();
  let done = 0;
  for (const file of files) {
    addResult(corpus, readAndLoad(root, file, options.renderHtml === true));
    options.onProgress?.(++done, files.length);
  }
  return corpus;
}

export function relativeFile(root: string, path: string): string {
  return relative(root, path).split(sep).join("/");
}
