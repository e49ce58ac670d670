import { type Document, type ErrorCode, isMap, isPair, isScalar, parseDocument, visit } from "yaml";
import type { ZodType, z } from "zod";
import type { Bilingual } from "../bilingual.ts";
import type { Diagnostic, Place } from "../diagnostics/diagnostic.ts";
import { diagnostic } from "../diagnostics/diagnostic.ts";
import { fieldsAt } from "../schema/fields-at.ts";
import { characterDiagnostic, unwantedIn } from "../text/characters.ts";
import type { LineIndex } from "../text/line-index.ts";
import type { DocumentType } from "./document.ts";
import { isPlaceholderIssue, issueDiagnostic } from "./schema-issues.ts";

/** Where the front matter and the body lie in the file text. */
export interface Split {
  yaml: string;
  /** Offset of the first YAML character in the file text. */
  yamlOffset: number;
  body: string;
  bodyOffset: number;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

const fence = /^---[ \t]*$/;
const closingFence = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Where a source's YAML and body lie: an organisation file is YAML throughout, the others have
 * `---` front matter before their Markdown body.
 */
export function splitSource(
  text: string,
  file: string,
  kind: DocumentType,
  lines: LineIndex,
): Split | Diagnostic {
  if (kind !== "organisation") return splitFrontMatter(text, file);
  return {
    yaml: text,
    yamlOffset: 0,
    body: "",
    bodyOffset: text.length,
    bodyLine: lines.lineCount + 1,
  };
}

/** Separates `---` front matter from the Markdown body. */
export function splitFrontMatter(text: string, file: string): Split | Diagnostic {
  const firstEnd = text.indexOf("\n");
  const firstLine = firstEnd === -1 ? text : text.slice(0, firstEnd);
  if (!fence.test(firstLine)) {
    return diagnostic("front-matter-missing", { file, place: { line: 1, column: 1 } });
  }
  let offset = firstEnd + 1;
  let line = 2;
  while (firstEnd !== -1 && offset <= text.length) {
    const end = text.indexOf("\n", offset);
    const current = end === -1 ? text.slice(offset) : text.slice(offset, end);
    if (closingFence.test(current)) {
      const bodyOffset = end === -1 ? text.length : end + 1;
      return {
        yaml: text.slice(firstEnd + 1, offset),
        yamlOffset: firstEnd + 1,
        body: text.slice(bodyOffset),
        bodyOffset,
        bodyLine: line + 1,
      };
    }
    if (end === -1) break;
    offset = end + 1;
    line++;
  }
  return diagnostic("front-matter-unclosed", {
    file,
    place: { line: 1, column: 1 },
    message: {
      sv: "Front matter som öppnas på rad 1 avslutas aldrig med en rad `---`",
      en: "The front matter opened on line 1 is never closed with a line `---`",
    },
  });
}

export interface ParsedYaml {
  doc: Document.Parsed;
  value: unknown;
}

/**
 * Parses front matter as YAML 1.2 with the core schema. No value is used while the document has
 * any error or warning, and anchors, aliases, tags and directives are refused outright: front
 * matter is plain data, and this closes the door on alias bombs and type confusion.
 */
export function parseFrontMatterYaml(
  split: Split,
  file: string,
  lines: LineIndex,
):
  | { ok: true; parsed: ParsedYaml; characters: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number, end?: number): Place =>
    end === undefined
      ? lines.place(split.yamlOffset + offset)
      : lines.range(split.yamlOffset + offset, split.yamlOffset + end);

  const directive = /^%.*$/m.exec(split.yaml);
  if (directive) {
    diagnostics.push(
      diagnostic("yaml-directive", {
        file,
        place: at(directive.index),
        message: {
          sv: `Direktivet \`${directive[0].trim()}\` är inte tillåtet i front matter`,
          en: `The directive \`${directive[0].trim()}\` is not allowed in front matter`,
        },
      }),
    );
    return { ok: false, diagnostics };
  }

  const tooDeep = firstTooDeepYaml(split.yaml);
  if (tooDeep !== undefined) {
    diagnostics.push(
      diagnostic("yaml-too-deep", {
        file,
        place: at(tooDeep),
        message: {
          sv: `Listor och mappar är nästlade mer än ${MAX_YAML_NESTING} nivåer djupt här`,
          en: `Lists and maps are nested more than ${MAX_YAML_NESTING} levels deep here`,
        },
      }),
    );
    return { ok: false, diagnostics };
  }

  const doc = parseDocument(split.yaml, {
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
  });
  diagnostics.push(...yamlProblems(doc, split.yaml, file, at));
  const tags = new Set<string>();
  const characters: Diagnostic[] = [];
  visit(doc, {
    Alias(_key, node) {
      const start = node.range?.[0] ?? 0;
      diagnostics.push(
        diagnostic("yaml-alias", {
          file,
          place: at(start),
          message: {
            sv: `Aliaset \`*${node.source}\` är inte tillåtet`,
            en: `The alias \`*${node.source}\` is not allowed`,
          },
        }),
      );
    },
    Node(_key, node) {
      const start = node.range?.[0] ?? 0;
      if (node.anchor) {
        diagnostics.push(
          diagnostic("yaml-alias", {
            file,
            place: at(propertyStart(split.yaml, start, `&${node.anchor}`)),
            message: {
              sv: `Ankaret \`&${node.anchor}\` är inte tillåtet`,
              en: `The anchor \`&${node.anchor}\` is not allowed`,
            },
          }),
        );
      }
      // An escape in double quotes can write what the text scan cannot see: `"\u202E"`. Like
      // the text scan's, such a problem does not stop the values from being read.
      if (isScalar(node) && node.type === "QUOTE_DOUBLE" && typeof node.value === "string") {
        const [from = 0, to = from] = node.range ?? [];
        const written = split.yaml.slice(from, to);
        // Those written as themselves are the text scan's; the rest came from escapes.
        const literal = written.includes("\\")
          ? unwantedIn(written).map((found) => found.character)
          : undefined;
        for (const found of literal ? unwantedIn(node.value) : []) {
          const i = literal?.indexOf(found.character) ?? -1;
          if (i !== -1) literal?.splice(i, 1);
          else characters.push(characterDiagnostic(found.kind, found.character, file, at(from)));
        }
      }
      // Each kind of tag once, where it first appears: one fix per kind.
      const tag = node.tag?.replace(/^tag:yaml\.org,2002:/, "!!");
      if (tag && !tags.has(tag)) {
        tags.add(tag);
        diagnostics.push(
          diagnostic("yaml-tag", {
            file,
            place: at(tagStart(split.yaml, start)),
            message: {
              sv: `Taggen \`${tag}\` är inte tillåten`,
              en: `The tag \`${tag}\` is not allowed`,
            },
          }),
        );
      }
    },
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics: [...diagnostics, ...characters] };
  const value = doc.toJS({ maxAliasCount: 0 }) ?? {};
  return { ok: true, parsed: { doc, value }, characters };
}

/** Where the tag of a node begins: the node's range starts after it. */
function tagStart(yaml: string, nodeStart: number): number {
  let i = yaml.lastIndexOf("!", nodeStart);
  while (i > 0 && yaml[i - 1] === "!") i--;
  return i !== -1 && /^!\S*\s*$/.test(yaml.slice(i, nodeStart)) ? i : nodeStart;
}

/** Where a node's anchor (`&name`) begins, when only spaces lie between it and the node. */
function propertyStart(yaml: string, nodeStart: number, written: string): number {
  const i = yaml.lastIndexOf(written, nodeStart);
  return i !== -1 && /^\s*$/.test(yaml.slice(i + written.length, nodeStart)) ? i : nodeStart;
}

/**
 * The parser's errors and warnings as diagnostics, placed where a writer looks for the fault:
 * an unclosed quote where it opens (the parser notices only at the end of the text), a
 * non-breaking space where YAML needed an ordinary one (Word puts them in pasted text).
 */
function yamlProblems(
  doc: Document.Parsed,
  yaml: string,
  file: string,
  at: (offset: number, end?: number) => Place,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const problems = [...doc.errors, ...doc.warnings].filter(
    // Tags are reported once per kind by the visit, with the rest of what front matter refuses.
    (problem) => problem.code !== "TAG_RESOLVE_FAILED",
  );
  if (problems.length === 0) return out;
  const unclosed = new Map<number, { start: number; quote: string }>();
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== "QUOTE_DOUBLE" && node.type !== "QUOTE_SINGLE") return;
      const [start, end] = node.range ?? [];
      if (start === undefined || end === undefined) return;
      const quote = yaml[start] ?? '"';
      if (end - start < 2 || yaml[end - 1] !== quote || /\\$/.test(yaml.slice(start, end - 1)))
        unclosed.set(end, { start, quote });
    },
  });
  const spaces = breakingNoBreakSpaces(yaml);
  const quietLines = new Set<number>();
  for (const offset of spaces) {
    const place = at(offset);
    quietLines.add(place.line);
    out.push(
      diagnostic("yaml-syntax", {
        file,
        place,
        message: {
          sv: "YAML: här står ett hårt mellanslag (U+00A0 NO-BREAK SPACE) där YAML behöver ett vanligt mellanslag",
          en: "YAML: a non-breaking space (U+00A0 NO-BREAK SPACE) is here, where YAML needs an ordinary space",
        },
      }),
    );
  }
  // Tabs used as indentation throw the rest of the parse off: they alone are told, to fix first.
  const tabs = problems.filter((problem) => problem.code === "TAB_AS_INDENT");
  if (tabs.length > 0) {
    for (const problem of tabs) {
      out.push(
        diagnostic("yaml-syntax", {
          file,
          place: at(problem.pos[0]),
          message: yamlMessage(problem.code, problem.message),
        }),
      );
    }
    return out;
  }
  const quietEnds = new Set<number>();
  for (const problem of problems) {
    const open = problem.code === "MISSING_CHAR" ? unclosed.get(problem.pos[0]) : undefined;
    if (open) {
      quietEnds.add(problem.pos[0]);
      out.push(
        diagnostic("yaml-syntax", {
          file,
          place: at(open.start),
          message: {
            sv: `YAML: citattecknet ${open.quote} som öppnas här stängs aldrig`,
            en: `YAML: the quote ${open.quote} opened here is never closed`,
          },
          related: [
            {
              file,
              ...at(problem.pos[0]),
              message: { sv: "Texten tar slut här", en: "The text ends here" },
            },
          ],
        }),
      );
    }
  }
  for (const problem of problems) {
    if (quietEnds.has(problem.pos[0])) continue;
    const place = at(problem.pos[0], problem.pos[1]);
    if (quietLines.has(place.line)) continue;
    const glued = gluedKey(yaml, problem.pos[0]);
    if (glued) {
      quietLines.add(place.line);
      out.push(
        diagnostic("yaml-syntax", {
          file,
          place: at(glued.colon),
          message: {
            sv: `YAML: efter \`${glued.key}:\` behövs ett mellanslag innan värdet`,
            en: `YAML: \`${glued.key}:\` needs a space before its value`,
          },
        }),
      );
      continue;
    }
    out.push(
      diagnostic(problem.code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : "yaml-syntax", {
        file,
        place,
        message: yamlMessage(problem.code, problem.message),
      }),
    );
  }
  return out;
}

/** A key glued to its value on the line of a problem, `title:Yttrande`, and where its colon is. */
function gluedKey(yaml: string, offset: number): { key: string; colon: number } | undefined {
  const lineStart = yaml.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = yaml.indexOf("\n", lineStart);
  const line = yaml.slice(lineStart, lineEnd === -1 ? yaml.length : lineEnd);
  const match = /^([ ]*(?:- )?)([A-Za-z_][A-Za-z0-9_-]*):(?=[^\s:/])/.exec(line);
  if (!match?.[2]) return undefined;
  return { key: match[2], colon: lineStart + (match[1]?.length ?? 0) + match[2].length };
}

/**
 * Non-breaking spaces that YAML cannot read as a space: in the indentation, or right after the
 * `:` of a key or the `-` of a list item. One per line, the first. In values they are text.
 */
function breakingNoBreakSpaces(yaml: string): number[] {
  const found: number[] = [];
  for (const match of yaml.matchAll(/^[ \u00a0]*?(\u00a0)|^[^\n#]*?[:-](\u00a0)/gm)) {
    found.push(match.index + match[0].length - 1);
  }
  return found;
}

const MAX_YAML_NESTING = 100;

/**
 * The offset where YAML nests deeper than the limit, counting the levels of indentation of the
 * block structure, the `- ` and `? ` markers on a line, and open flow brackets outside quotes.
 * Inside brackets, indentation is layout, not nesting. The parser recurses per level, so
 * thousands of levels would exhaust the stack; a scan first keeps this linear and the error clear.
 */
function firstTooDeepYaml(yaml: string, limit = MAX_YAML_NESTING): number | undefined {
  let flow = 0;
  let quote: string | undefined;
  let lineStart = true;
  let indent = 0;
  let block = 0;
  /** The indentation of each block level open at this line. */
  const levels: number[] = [];
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "\n") {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === " ") {
        indent++;
        continue;
      }
      lineStart = false;
      if (c === "#") {
        const end = yaml.indexOf("\n", i);
        i = (end === -1 ? yaml.length : end) - 1;
        continue;
      }
      if (flow === 0) {
        while ((levels.at(-1) ?? -1) >= indent) levels.pop();
        levels.push(indent);
        // The top level is the document itself, not a level of nesting.
        block = levels.length - 1;
      }
      // `- - - a`: each marker opens a level of its own.
      while (
        (yaml[i] === "-" || yaml[i] === "?") &&
        (yaml[i + 1] === " " || yaml[i + 1] === "\n")
      ) {
        block++;
        if (block + flow > limit) return i;
        i += 2;
        while (yaml[i] === " ") i++;
      }
      if (i >= yaml.length) break;
      if (yaml[i] === "\n") {
        i--;
        continue;
      }
    }
    const d = yaml[i] as string;
    if (d === "#" && (yaml[i - 1] === " " || yaml[i - 1] === "\t")) {
      const end = yaml.indexOf("\n", i);
      i = (end === -1 ? yaml.length : end) - 1;
      continue;
    }
    // A quote opens a quoted scalar only where a value starts; elsewhere it is an apostrophe.
    if ((d === '"' || d === "'") && ":-[{,?\n".includes(previousVisible(yaml, i))) quote = d;
    else if (d === "[" || d === "{") flow++;
    else if ((d === "]" || d === "}") && flow > 0) flow--;
    if (block + flow > limit) return i;
  }
  return undefined;
}

/** The nearest character before `i` that is not a space or tab; a newline at the start. */
function previousVisible(text: string, i: number): string {
  let j = i - 1;
  while (j >= 0 && (text[j] === " " || text[j] === "\t")) j--;
  return j < 0 ? "\n" : (text[j] as string);
}

/** Swedish for the YAML problems writers meet most; the rest keep the parser's English words. */
const swedishYamlProblems: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: "indraget stämmer inte med raderna omkring",
  TAB_AS_INDENT: "tabbar kan inte användas som indrag; använd mellanslag",
  MISSING_CHAR: "ett avslutande tecken saknas (citattecken eller hakparentes)",
  BLOCK_AS_IMPLICIT_KEY: "en nyckel saknar `:` eller står på fel indrag",
  MULTILINE_IMPLICIT_KEY: "en nyckel kan inte sträcka sig över flera rader",
  UNEXPECTED_TOKEN: "oväntat tecken här",
  BAD_DQ_ESCAPE: "ogiltig escape-sekvens i text inom citattecken",
  MULTIPLE_DOCS: "front matter kan bara innehålla ett YAML-dokument",
};

function yamlMessage(code: ErrorCode, message: string): Bilingual {
  const first = message.split("\n")[0] ?? message;
  if (code === "DUPLICATE_KEY") {
    return {
      sv: "Nyckeln förekommer två gånger i samma mapp",
      en: "This key appears twice in the same map",
    };
  }
  const swedish = swedishYamlProblems[code];
  return {
    sv: swedish ? `YAML: ${swedish}` : `YAML (parserns ord): ${first}`,
    en: `YAML: ${first}`,
  };
}

/** Validates parsed front matter against a schema, placing each problem on its YAML node. */
export function validateFrontMatter<S extends ZodType>(
  schema: S,
  parsed: ParsedYaml,
  split: Split,
  file: string,
  lines: LineIndex,
): { ok: true; data: z.output<S> } | { ok: false; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(parsed.value, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const diagnostics = result.error.issues
    .filter((issue) => !isPlaceholderIssue(issue))
    .map((issue) =>
      issueDiagnostic(
        issue,
        file,
        (path, key) => placeOfPath(parsed.doc, path, key, split, lines),
        (path) => fieldsAt(schema, path),
        (path) => sourceOfPath(parsed.doc, path, split),
      ),
    );
  return { ok: false, diagnostics };
}

/** The text of the scalar at a path as the file writes it. */
function sourceOfPath(
  doc: Document.Parsed,
  path: readonly PropertyKey[],
  split: Split,
): string | undefined {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return undefined;
  return split.yaml.slice(node.range[0], node.range[1]);
}

/** Line and column of the YAML node at a path; of a key when `key` is given. */
export function placeOfPath(
  doc: Document.Parsed,
  path: readonly PropertyKey[],
  key: string | undefined,
  split: Split,
  lines: LineIndex,
): Place {
  const at = (offset: number) => lines.place(split.yamlOffset + offset);
  let node: unknown = doc.contents;
  let lastRange: [number, number, number] | undefined = (
    doc.contents as { range?: [number, number, number] } | null
  )?.range;
  const steps = key === undefined ? path : [...path, key];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
      if (!pair) break;
      const isLast = i === steps.length - 1;
      if (isLast && key !== undefined) {
        const range = (pair.key as { range?: [number, number, number] }).range;
        return range
          ? at(range[0])
          : lastRange
            ? at(lastRange[0])
            : { line: split.bodyLine - 1, column: 1 };
      }
      node = pair.value;
      const range =
        (pair.value as { range?: [number, number, number] } | null)?.range ??
        (pair.key as { range?: [number, number, number] }).range;
      if (range) lastRange = range;
    } else if (
      node &&
      typeof node === "object" &&
      "items" in node &&
      Array.isArray((node as { items: unknown[] }).items)
    ) {
      const item = (node as { items: unknown[] }).items[Number(step)];
      if (item === undefined) break;
      node = item;
      const range = (item as { range?: [number, number, number] }).range;
      if (range) lastRange = range;
    } else {
      break;
    }
  }
  return lastRange ? at(lastRange[0]) : { line: 1, column: 1 };
}
