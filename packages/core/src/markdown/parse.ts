import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses Markdown with GFM (tables, task lists) into mdast with positions. */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

export const MAX_NESTING = 100;

const containerPrefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?)+/;

/**
 * The deepest nesting of lists and quotes, read from line prefixes before parsing, so that a
 * hostile file with thousands of levels is refused in linear time instead of parsed.
 * Returns the first line that goes too deep, or undefined.
 */
export function firstTooDeepLine(text: string, limit = MAX_NESTING): number | undefined {
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const current = end === -1 ? text.slice(start) : text.slice(start, end);
    const indent = /^[ \t]*/.exec(current)?.[0] ?? "";
    const width = [...indent].reduce((sum, c) => sum + (c === "\t" ? 4 : 1), 0);
    const prefix = containerPrefix.exec(current)?.[0] ?? "";
    const markers = (prefix.match(/>|[-*+](?=[ \t]|$)|\d{1,9}[.)]/g) ?? []).length;
    if (markers + Math.floor(width / 2) > limit) return line;
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return undefined;
}
