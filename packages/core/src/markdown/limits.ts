import type { Bilingual } from "../bilingual.ts";
import type { DiagnosticCode } from "../diagnostics/catalogue.ts";

/**
 * Limits on the Markdown Spårbar parses, checked by one linear scan before parsing. The parser
 * costs more per line than per character, and some inline shapes cost the square of their
 * length, so a file under the size limit could still take minutes and gigabytes. Real
 * documents stay far below every limit: the largest seed document has about 1,150 lines and 130
 * marks of inline markup, 32 of them in its busiest paragraph.
 */
const markdownLimits = {
  /** Lists and quotes inside each other. */
  nesting: 100,
  /** Lines of Markdown in one body. */
  lines: 5_000,
  /** Inline marks (emphasis, brackets, code, autolinks, cells) in one paragraph or table row. */
  marksPerBlock: 300,
  /** Inline marks in one body; table cells are the dearest of them. */
  marksPerFile: 10_000,
  /** Brackets (links and images) inside each other. */
  brackets: 32,
} as const;

export interface LimitExceeded {
  code: Extract<DiagnosticCode, "markdown-too-deep" | "markdown-too-complex">;
  /** 1-based line and column within the text scanned. */
  line: number;
  column: number;
  message: Bilingual;
}

const containerPrefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?)+/;

/**
 * The deepest nesting of lists and quotes, read from line prefixes before parsing, so that a
 * hostile file with thousands of levels is refused in linear time instead of parsed.
 * Returns the first line that goes too deep, or undefined.
 */
function firstTooDeepLine(text: string, limit = markdownLimits.nesting): number | undefined {
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

/**
 * A mark is anything the inline parser must match against something else, or that opens a
 * table cell: each `*`, `_` and `~` (a run of them can nest as deep as it is long), a run of
 * backticks, a bracket, `<`, `|`, and the starts of autolinks (`www.`, `://`, `@`). Escaped
 * marks count too: the count errs towards refusing, never towards slowness.
 */
const mark = /[*_~]|`+|[[\]<@|]|www\.|:\/\//g;

/** A line that starts a block of its own even without a blank line before it. */
const blockStart = /^ {0,3}(?:>|#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|```|~~~|<)/;
const delimiterRow = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** The cells of a table row as GFM counts them: pipes not escaped, outer pipes optional. */
function cellCount(line: string): number {
  const trimmed = line.trim();
  const pipes = (trimmed.match(/(?<!\\)\|/g) ?? []).length;
  const leading = trimmed.startsWith("|") ? 1 : 0;
  const trailing = trimmed.length > 1 && /(?<!\\)\|$/.test(trimmed) ? 1 : 0;
  return pipes + 1 - leading - trailing;
}

/**
 * The first place where a body passes one of the limits, or undefined. Inline marks are
 * counted per block of lines between blank lines, since the parser matches them within one
 * paragraph; the rows of a table are counted one by one, as the parser reads each cell alone.
 */
export function firstLimitExceeded(text: string): LimitExceeded | undefined {
  const deep = firstTooDeepLine(text);
  if (deep !== undefined) {
    return {
      code: "markdown-too-deep",
      line: deep,
      column: 1,
      message: {
        sv: `Listor eller citat är nästlade mer än ${markdownLimits.nesting} nivåer djupt här`,
        en: `Lists or quotes are nested more than ${markdownLimits.nesting} levels deep here`,
      },
    };
  }
  let inFile = 0;
  let inBlock = 0;
  let depth = 0;
  let table = false;
  let previous = "";
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const current = end === -1 ? text.slice(start) : text.slice(start, end);
    line++;
    if (line > markdownLimits.lines) {
      return {
        code: "markdown-too-complex",
        line,
        column: 1,
        message: {
          sv: `Texten har fler än ${count(markdownLimits.lines, "sv")} rader; Spårbar läser högst så många`,
          en: `The text has more than ${count(markdownLimits.lines, "en")} lines; Spårbar reads no more`,
        },
      };
    }
    if (current.trim() === "") {
      inBlock = 0;
      depth = 0;
      table = false;
    } else if (table && blockStart.test(current)) {
      table = false;
      inBlock = 0;
      depth = 0;
    } else if (table) {
      inBlock = 0;
      depth = 0;
    } else if (
      previous.includes("|") &&
      delimiterRow.test(current) &&
      current.includes("|") &&
      cellCount(previous) === cellCount(current)
    ) {
      // The row above was the header of a table: from here each row is read alone.
      table = true;
      inBlock = 0;
      depth = 0;
    }
    for (const found of current.matchAll(mark)) {
      inFile++;
      inBlock++;
      const column = found.index + 1;
      if (found[0] === "[") depth++;
      else if (found[0] === "]") depth = Math.max(0, depth - 1);
      if (depth > markdownLimits.brackets) {
        return {
          code: "markdown-too-deep",
          line,
          column,
          message: {
            sv: `Hakparenteser (länkar och bilder) är nästlade mer än ${markdownLimits.brackets} nivåer djupt här`,
            en: `Brackets (links and images) are nested more than ${markdownLimits.brackets} levels deep here`,
          },
        };
      }
      if (inBlock > markdownLimits.marksPerBlock) {
        return {
          code: "markdown-too-complex",
          line,
          column,
          message: {
            sv: `Stycket, listan eller tabellraden har fler än ${markdownLimits.marksPerBlock} tecken för betoning, länkar, kod eller tabellceller; Spårbar läser högst så många i ett stycke`,
            en: `The paragraph, list or table row has more than ${markdownLimits.marksPerBlock} marks of emphasis, links, code or table cells; Spårbar reads no more in one paragraph`,
          },
        };
      }
      if (inFile > markdownLimits.marksPerFile) {
        return {
          code: "markdown-too-complex",
          line,
          column,
          message: {
            sv: `Texten har fler än ${count(markdownLimits.marksPerFile, "sv")} tecken för betoning, länkar, kod eller tabellceller; Spårbar läser högst så många i en fil`,
            en: `The text has more than ${count(markdownLimits.marksPerFile, "en")} marks of emphasis, links, code or table cells; Spårbar reads no more in one file`,
          },
        };
      }
    }
    previous = current;
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

const numberLocales = { sv: "sv-SE", en: "en-GB" } as const;

/** 10 000 in Swedish, 10,000 in English. */
function count(n: number, lang: keyof typeof numberLocales): string {
  return n.toLocaleString(numberLocales[lang]).replace(/\u00a0/g, " ");
}
