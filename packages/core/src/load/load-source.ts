import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { bodyHtmlOptions, renderMarkdown, renderMarkdownTree } from "../render/markdown-html.ts";
import { AuditSchema } from "../schema/audit.ts";
import { OrganisationSchema } from "../schema/organisation.ts";
import { ResponseSchema } from "../schema/response.ts";
import { unwantedCharacters } from "../text/characters.ts";
import { decodeSource } from "../text/decode.ts";
import { LineIndex } from "../text/line-index.ts";
import {
  type BrokenDocument,
  type DocumentType,
  documentTypeOf,
  type LoadedDocument,
} from "./document.ts";
import {
  parseFrontMatterYaml,
  type Split,
  splitFrontMatter,
  validateFrontMatter,
} from "./front-matter.ts";
import { parseMarkdown } from "./markdown.ts";
import { firstLimitExceeded } from "./markdown-limits.ts";
import { readResponseBody } from "./response-body.ts";
import { MAX_FILE_BYTES, tooLarge, unreadableFile } from "./source-file.ts";

export interface LoadResult {
  document?: LoadedDocument;
  /** Set when the file did not load: what it seems to be. */
  broken?: BrokenDocument;
  diagnostics: Diagnostic[];
  /** SHA-1 of the bytes, when they were read from a file. */
  hash?: string;
}

function declared(file: string, type: DocumentType, text: string): BrokenDocument {
  const field = (name: string) =>
    new RegExp(`^${name}:[ \\t]*["']?([A-Za-z0-9-]+)`, "m").exec(text.slice(0, 20_000))?.[1];
  const broken: BrokenDocument = { file, type };
  const id = field("id");
  const organisation = type === "organisation" ? id : field("organisation");
  if (id) broken.id = id;
  if (organisation) broken.organisation = organisation;
  return broken;
}

/** What loading gives for a file that cannot be read at all. */
export function unreadable(file: string, error?: unknown): LoadResult {
  return { diagnostics: [unreadableFile(file, error)] };
}

export interface LoadSourceOptions {
  /** Also render the body as safe HTML, on the thread that parsed it (the site wants it). */
  renderHtml?: boolean;
}

/**
 * Reads one source file into a typed document, or into diagnostics that say what is wrong and
 * where. Never throws for bad input. `type` overrides what the path says the file holds.
 */
export function loadSource(
  file: string,
  content: Uint8Array | string,
  type?: DocumentType,
  options: LoadSourceOptions = {},
): LoadResult {
  const size = typeof content === "string" ? content.length : content.byteLength;
  if (size > MAX_FILE_BYTES) return { diagnostics: [tooLarge(file, size)] };
  let text: string;
  if (typeof content === "string") {
    text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    text = text.replace(/\r\n?/g, "\n").normalize("NFC");
  } else {
    const decoded = decodeSource(content, file);
    if (!decoded.ok) return { diagnostics: decoded.diagnostics };
    text = decoded.text;
  }
  const kind = type ?? documentTypeOf(file) ?? guessType(text);
  const result = loadText(file, text, kind, options);
  if (!result.document) result.broken = declared(file, kind, text);
  return result;
}

function loadText(
  file: string,
  text: string,
  kind: DocumentType,
  options: LoadSourceOptions,
): LoadResult {
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
  if ("code" in split) return { diagnostics: [split] };

  const diagnostics: Diagnostic[] = unwantedCharacters(text, file, lines);
  for (const match of text.matchAll(/(?<!\[)\[\[[^[\]\n]+\]\](?!\])/g)) {
    diagnostics.push(
      diagnostic("placeholder-left", {
        file,
        place: lines.range(match.index, match.index + match[0].length),
        message: {
          sv: `Platshållaren ${match[0]} finns kvar i texten`,
          en: `The placeholder ${match[0]} is still in the text`,
        },
      }),
    );
  }

  const yaml = parseFrontMatterYaml(split, file, lines);
  if (!yaml.ok) return { diagnostics: [...yaml.diagnostics, ...diagnostics] };
  diagnostics.push(...yaml.characters);

  if (kind === "organisation") {
    const valid = validateFrontMatter(OrganisationSchema, yaml.parsed, split, file, lines);
    if (!valid.ok) return { diagnostics: [...valid.diagnostics, ...diagnostics] };
    return { document: { type: "organisation", file, text, data: valid.data }, diagnostics };
  }
  const limit = firstLimitExceeded(split.body);
  if (limit) {
    diagnostics.push(
      diagnostic(limit.code, {
        file,
        place: {
          line: split.bodyLine + limit.line - 1,
          column: limit.column,
        },
        message: limit.message,
      }),
    );
    return { diagnostics };
  }
  if (kind === "audit") {
    const valid = validateFrontMatter(AuditSchema, yaml.parsed, split, file, lines);
    if (!valid.ok) return { diagnostics: [...valid.diagnostics, ...diagnostics] };
    return {
      document: {
        type: "audit",
        file,
        text,
        data: valid.data,
        body: split.body,
        bodyLine: split.bodyLine,
        ...(options.renderHtml
          ? { html: renderMarkdown(split.body, bodyHtmlOptions(valid.data.language)) }
          : {}),
      },
      diagnostics,
    };
  }
  const valid = validateFrontMatter(ResponseSchema, yaml.parsed, split, file, lines);
  if (!valid.ok) return { diagnostics: [...valid.diagnostics, ...diagnostics] };
  const tree = parseMarkdown(split.body);
  const body = readResponseBody(tree, {
    file,
    text,
    lines,
    bodyOffset: split.bodyOffset,
    bodyLine: split.bodyLine,
    responseId: valid.data.id,
  });
  diagnostics.push(...body.diagnostics);
  return {
    document: {
      type: "response",
      file,
      text,
      data: valid.data,
      sections: body.sections,
      body: split.body,
      bodyLine: split.bodyLine,
      ...(options.renderHtml
        ? { html: renderMarkdownTree(tree, bodyHtmlOptions(valid.data.language)) }
        : {}),
    },
    diagnostics,
  };
}

/** Outside the corpus layout, a response is the document that `answers` something. */
function guessType(text: string): DocumentType {
  return /^answers\s*:/m.test(text.slice(0, 4000)) ? "response" : "audit";
}
