import { type Document, type ErrorCode, isMap, isPair, isScalar, parseDocument, visit } from "yaml";
import type { ZodType, z } from "zod";
import type { Diagnostic, Place } from "../diagnostics/diagnostic.ts";
import { diagnostic } from "../diagnostics/diagnostic.ts";
import type { Bilingual } from "../labels.ts";
import { fieldsAt } from "../schema/fields-at.ts";
import type { LineIndex } from "../text/line-index.ts";
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
): { ok: true; parsed: ParsedYaml } | { ok: false; diagnostics: Diagnostic[] } {
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
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const code =
      problem.code === "DUPLICATE_KEY"
        ? "yaml-duplicate-key"
        : problem.code === "TAG_RESOLVE_FAILED"
          ? "yaml-tag"
          : "yaml-syntax";
    diagnostics.push(
      diagnostic(code, {
        file,
        place: at(problem.pos[0], problem.pos[1]),
        message: yamlMessage(problem.code, problem.message),
      }),
    );
  }
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
            place: at(start),
            message: {
              sv: `Ankaret \`&${node.anchor}\` är inte tillåtet`,
              en: `The anchor \`&${node.anchor}\` is not allowed`,
            },
          }),
        );
      }
      if (node.tag && !diagnostics.some((d) => d.code === "yaml-tag")) {
        const tag = node.tag.replace(/^tag:yaml\.org,2002:/, "!!");
        diagnostics.push(
          diagnostic("yaml-tag", {
            file,
            place: at(start),
            message: {
              sv: `Taggen \`${tag}\` är inte tillåten`,
              en: `The tag \`${tag}\` is not allowed`,
            },
          }),
        );
      }
    },
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const value = doc.toJS({ maxAliasCount: 0 }) ?? {};
  return { ok: true, parsed: { doc, value } };
}

export const MAX_YAML_NESTING = 100;

/**
 * The offset where YAML nests deeper than the limit, counting indentation (two columns a level),
 * `- ` and `? ` markers and open flow brackets outside quotes. The parser recurses per level, so
 * thousands of levels would exhaust the stack; a scan first keeps this linear and the error clear.
 */
export function firstTooDeepYaml(yaml: string, limit = MAX_YAML_NESTING): number | undefined {
  let flow = 0;
  let quote: string | undefined;
  let lineStart = true;
  let level = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    if (c === "\n") {
      lineStart = true;
      level = 0;
      continue;
    }
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (lineStart) {
      if (c === " ") {
        level += 0.5;
        continue;
      }
      if ((c === "-" || c === "?") && (yaml[i + 1] === " " || yaml[i + 1] === "\n")) {
        level += 1;
        if (Math.floor(level) + flow > limit) return i;
        i++; // the space after the marker is not indentation
        continue;
      }
      lineStart = false;
    }
    if (c === "#" && (i === 0 || yaml[i - 1] === " " || yaml[i - 1] === "\n")) {
      const end = yaml.indexOf("\n", i);
      i = (end === -1 ? yaml.length : end) - 1;
      continue;
    }
    // A quote opens a quoted scalar only where a value starts; elsewhere it is an apostrophe.
    if ((c === '"' || c === "'") && ":-[{,?\n".includes(previousVisible(yaml, i))) quote = c;
    else if (c === "[" || c === "{") flow++;
    else if ((c === "]" || c === "}") && flow > 0) flow--;
    if (Math.floor(level) + flow > limit) return i;
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
      ),
    );
  return { ok: false, diagnostics };
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
