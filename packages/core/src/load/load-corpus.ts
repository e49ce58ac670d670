import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { diagnostic } from "../diagnostics/diagnostic.ts";
import {
  type BrokenDocument,
  type DocumentType,
  documentTypeOf,
  type LoadedAudit,
  type LoadedOrganisation,
  type LoadedResponse,
} from "./document.ts";
import { type LoadResult, loadSource } from "./load-source.ts";

/** Every document of a corpus as read from its files, before linking. */
export interface LoadedCorpus {
  organisations: LoadedOrganisation[];
  audits: LoadedAudit[];
  responses: LoadedResponse[];
  /** Files that did not load. */
  broken: BrokenDocument[];
  diagnostics: Diagnostic[];
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

/** The corpus files under a root: audits/**, responses/**, in a stable order. */
export async function listCorpusFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const top of ["audits", "responses"]) {
    let entries: string[];
    try {
      entries = await readdir(join(root, top), { recursive: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const file = `${top}/${entry.split(sep).join("/")}`;
      if (file.split("/").some((part) => part.startsWith("."))) continue;
      if (documentTypeOf(file)) files.push(file);
    }
  }
  return files.sort();
}

export interface LoadOptions {
  /** Only these files (relative to the root); all corpus files when left out. */
  files?: string[];
  /** Called after each file, for progress on long work. */
  onProgress?: (done: number, total: number) => void;
}

/** Reads and loads every corpus file under a root directory. */
export async function loadCorpus(root: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const files = options.files ?? (await listCorpusFiles(root));
  const corpus = emptyCorpus();
  let done = 0;
  for (const file of files) {
    let content: Uint8Array;
    try {
      content = await readFile(join(root, file));
    } catch (error) {
      corpus.diagnostics.push(
        diagnostic("file-unreadable", {
          file,
          place: { line: 1, column: 1 },
          message: `The file cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        }),
      );
      continue;
    }
    addResult(corpus, loadSource(file, content));
    options.onProgress?.(++done, files.length);
  }
  return corpus;
}

export function relativeFile(root: string, path: string): string {
  return relative(root, path).split(sep).join("/");
}
