import { type Document, parseDocument } from "yaml";
import type { Place } from "../diagnostics/diagnostic.ts";
import { LineIndex } from "../text/line-index.ts";
import type { LoadedDocument } from "./document.ts";
import { placeOfPath, type Split, splitFrontMatter } from "./front-matter.ts";

interface Parsed {
  doc: Document.Parsed;
  split: Split;
  lines: LineIndex;
}

const cache = new WeakMap<LoadedDocument, Parsed>();

/**
 * The place of a front-matter field, found by parsing the file's YAML again. Only documents
 * with a problem pay for this, so the loader need not keep every YAML tree in memory.
 */
export function locateField(
  document: LoadedDocument,
  path: readonly PropertyKey[],
  key?: string,
): Place {
  let parsed = cache.get(document);
  if (!parsed) {
    const lines = new LineIndex(document.text);
    const split =
      document.type === "organisation"
        ? {
            yaml: document.text,
            yamlOffset: 0,
            body: "",
            bodyOffset: document.text.length,
            bodyLine: lines.lineCount + 1,
          }
        : splitFrontMatter(document.text, document.file);
    if ("code" in split) return { line: 1, column: 1 };
    parsed = { doc: parseDocument(split.yaml, { version: "1.2", schema: "core" }), split, lines };
    cache.set(document, parsed);
  }
  return placeOfPath(parsed.doc, path, key, parsed.split, parsed.lines);
}
