import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { type DocumentType, documentTypeOf } from "../load/document.ts";
import { parseFrontMatterYaml, splitSource } from "../load/front-matter.ts";
import { canonicalMeasureLine } from "../syntax/response-syntax.ts";
import { decodeSource, normaliseText } from "../text/decode.ts";
import { LineIndex } from "../text/line-index.ts";
import { writeMeasureIds } from "./measure-ids.ts";

export type FormatResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; diagnostics: Diagnostic[] };

export type FormatFileResult =
  | { ok: true; bytes: Uint8Array; changed: boolean }
  | { ok: false; diagnostics: Diagnostic[] };

/** How a file ends its lines and whether it starts with a byte order mark, as found. */
interface TextStyle {
  bom: boolean;
  crlf: boolean;
}

/** The style of a file's bytes: CRLF when its first line ends so (a lone CR is read as LF). */
function textStyle(bytes: Uint8Array): TextStyle {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const newline = bytes.indexOf(0x0a);
  return { bom, crlf: newline > 0 && bytes[newline - 1] === 0x0d };
}

/**
 * Formats a file's bytes. Text that is not valid UTF-8 is refused with the decoder's problems
 * and nothing to write: formatting must never replace letters it could not read. Line endings
 * and a byte order mark are kept as the file had them; a file with mixed endings gets its
 * first line's ending throughout.
 */
export function formatFile(file: string, bytes: Uint8Array, type?: DocumentType): FormatFileResult {
  const decoded = decodeSource(bytes, file);
  if (!decoded.ok) return { ok: false, diagnostics: decoded.diagnostics };
  const result = formatSource(file, decoded.text, type);
  if (!result.ok) return result;
  const style = textStyle(bytes);
  const text = `${style.bom ? "\uFEFF" : ""}${style.crlf ? result.text.replaceAll("\n", "\r\n") : result.text}`;
  const out = new TextEncoder().encode(text);
  return { ok: true, bytes: out, changed: !Buffer.from(out).equals(Buffer.from(bytes)) };
}

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
 * and only has its whitespace and list markers made regular, and a response's measures get
 * their ids written (see `writeMeasureIds`). A file whose YAML has errors is not touched.
 */
export function formatSource(file: string, input: string, type?: DocumentType): FormatResult {
  const text = normaliseText(input);
  const kind = type ?? documentTypeOf(file) ?? "audit";
  const lines = new LineIndex(text);
  const split = splitSource(text, file, kind, lines);
  if ("code" in split) return { ok: false, diagnostics: [split] };
  const parsed = parseFrontMatterYaml(split, file, lines);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const yaml = parsed.parsed.doc.toString(yamlStyle);
  if (kind === "organisation") return { ok: true, text: yaml, changed: yaml !== input };
  const head = `---\n${yaml}---\n\n`;
  let formatted = `${head}${formatBody(split.body)}`;
  if (kind === "response")
    formatted = writeMeasureIds(formatted, head.length, head.split("\n").length);
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
    line = canonicalMeasureLine(line);
    if (line === "") {
      blank++;
      if (blank > 1 || out.length === 0) continue;
    } else blank = 0;
    out.push(line);
  }
  while (out.length > 0 && out.at(-1) === "") out.pop();
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}
