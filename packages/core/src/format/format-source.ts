import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { type DocumentType, documentTypeOf } from "../load/document.ts";
import { parseFrontMatterYaml, type Split, splitFrontMatter } from "../load/front-matter.ts";
import { normaliseText } from "../text/decode.ts";
import { LineIndex } from "../text/line-index.ts";

export type FormatResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; diagnostics: Diagnostic[] };

/** How YAML is written: two-space indents, lists indented under their key, lines up to 100. */
const yamlStyle = {
  indent: 2,
  indentSeq: true,
  lineWidth: 100,
  minContentWidth: 20,
  flowCollectionPadding: false,
} as const;

/**
 * The canonical form of a source file. Front matter is re-written by the YAML library, which
 * keeps comments, key order, quoting styles and every value; the Markdown body keeps its words
 * and only has its whitespace and list markers made regular. A file whose YAML has errors is
 * not touched.
 */
export function formatSource(file: string, input: string, type?: DocumentType): FormatResult {
  const text = normaliseText(input);
  const kind = type ?? documentTypeOf(file) ?? "audit";
  const lines = new LineIndex(text);
  const split: Split | Diagnostic =
    kind === "organisation"
      ? {
          yaml: text,
          yamlOffset: 0,
          body: "",
          bodyOffset: text.length,
          bodyLine: lines.lineCount + 1,
        }
      : splitFrontMatter(text, file);
  if ("code" in split) return { ok: false, diagnostics: [split] };
  const parsed = parseFrontMatterYaml(split, file, lines);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const yaml = parsed.parsed.doc.toString(yamlStyle);
  const formatted = kind === "organisation" ? yaml : `---\n${yaml}---\n\n${formatBody(split.body)}`;
  return { ok: true, text: formatted, changed: formatted !== input };
}

/** Regular whitespace and task-list markers; code blocks are left exactly as they are. */
function formatBody(body: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let blank = 0;
  for (const raw of body.split("\n")) {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(raw);
    if (fence) {
      out.push(raw);
      if (
        fenceMatch &&
        fenceMatch[1]?.[0] === fence[0] &&
        (fenceMatch[1]?.length ?? 0) >= fence.length
      )
        fence = undefined;
      continue;
    }
    if (fenceMatch) fence = fenceMatch[1];
    // Two or more trailing spaces are a hard line break in Markdown; keep them, drop the rest.
    let line =
      / {2,}$/.test(raw) && raw.trim() !== ""
        ? raw.replace(/[ \t]+$/, "  ")
        : raw.replace(/[ \t]+$/, "");
    line = line.replace(/^(\s*)[*+] \[([ xX])\] /, "$1- [$2] ").replace(/^(\s*- )\[X\] /, "$1[x] ");
    if (/^\s*- \[[ x]\] /.test(line)) {
      // The due date follows the last separator; `--` is the typed form of the em dash.
      const at = line.lastIndexOf(" -- ");
      if (at !== -1 && !line.slice(at).includes(" — "))
        line = `${line.slice(0, at)} — ${line.slice(at + 4)}`;
    }
    if (line === "") {
      blank++;
      if (blank > 1 || out.length === 0) continue;
    } else blank = 0;
    out.push(line);
  }
  while (out.length > 0 && out.at(-1) === "") out.pop();
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}
