import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { bodyHtmlOptions, renderMarkdown, renderMarkdownTree } from "../render/markdown-html.ts";
import { AuditSchema } from "../schema/audit.ts";
import { OrganisationSchema } from "../schema/organisation.ts";
import { ResponseSchema } from "../schema/response.ts";
import { decodeSource } from "../text/decode.ts";
import { LineIndex } from "../text/line-index.ts";
import { withSuggestion } from "../vocabulary/closed.ts";
import { cutValues } from "./cut-values.ts";
import {
  type BrokenDocument,
  type DocumentType,
  documentTypeOf,
  type LoadedDocument,
  unreadName,
} from "./document.ts";
import {
  parseFrontMatterYaml,
  type Split,
  splitFrontMatter,
  validateFrontMatter,
} from "./front-matter.ts";
import { lostContent, mayLoseContent } from "./lost-content.ts";
import { firstTooDeepLine, MAX_NESTING, parseMarkdown } from "./markdown.ts";
import { pastedText } from "./pasted-text.ts";
import { readResponseBody } from "./response-body.ts";

/** Larger files are refused: real responses are well under 1 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadResult {
  document?: LoadedDocument;
  /** Set when the file did not load: what it seems to be. */
  broken?: BrokenDocument;
  diagnostics: Diagnostic[];
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

/** The warning for a file among the sources that is not read, naming what to call it. */
export function notRead(file: string): Diagnostic {
  const meant = unreadName(file) ?? "";
  const folder = file.split("/").slice(0, -1).join("/");
  const renamed = folder ? `${folder}/${meant}` : meant;
  return diagnostic("file-not-read", {
    file,
    place: { line: 1, column: 1 },
    message: withSuggestion(
      {
        sv: `Filen läses inte: Spårbar läser bara filer som slutar på .md, och organisation.yaml`,
        en: `The file is not read: Spårbar reads only files ending in .md, and organisation.yaml`,
      },
      [renamed],
    ),
    suggestions: [renamed],
  });
}

/** What loading gives for a file that cannot be read at all. */
export function unreadable(file: string, error?: unknown): LoadResult {
  const reason =
    error === undefined ? "" : `: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  return {
    diagnostics: [
      diagnostic("file-unreadable", {
        file,
        place: { line: 1, column: 1 },
        message: {
          sv: `Filen går inte att läsa${reason}`,
          en: `The file cannot be read${reason}`,
        },
      }),
    ],
  };
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
  if (type === undefined && unreadName(file)) return { diagnostics: [notRead(file)] };
  const size = typeof content === "string" ? content.length : content.byteLength;
  if (size > MAX_FILE_BYTES) {
    return {
      diagnostics: [
        diagnostic("file-too-large", {
          file,
          place: { line: 1, column: 1 },
          message: {
            sv: `Filen är ${(size / 1024 / 1024).toFixed(1).replace(".", ",")} MB; Spårbar läser filer på högst ${MAX_FILE_BYTES / 1024 / 1024} MB`,
            en: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; Spårbar reads files up to ${MAX_FILE_BYTES / 1024 / 1024} MB`,
          },
        }),
      ],
    };
  }
  let text: string;
  if (typeof content === "string") {
    text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    text = text.replace(/\r\n?/g, "\n").normalize("NFC");
  } else {
    const decoded = decodeSource(content, file);
    if (!decoded.ok) return { diagnostics: [decoded.diagnostic] };
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

  const diagnostics: Diagnostic[] = [];
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

  diagnostics.push(...cutValues(yaml.parsed.doc, split, file, lines));
  if (kind === "organisation") {
    const valid = validateFrontMatter(OrganisationSchema, yaml.parsed, split, file, lines);
    if (!valid.ok) return { diagnostics: [...valid.diagnostics, ...diagnostics] };
    return { document: { type: "organisation", file, text, data: valid.data }, diagnostics };
  }
  diagnostics.push(...pastedText(text, file, lines));
  const content = { file, lines, bodyOffset: split.bodyOffset };
  const deep = firstTooDeepLine(split.body);
  if (deep !== undefined) {
    diagnostics.push(
      diagnostic("markdown-too-deep", {
        file,
        place: { line: split.bodyLine + deep - 1, column: 1 },
        message: {
          sv: `Listor eller citat är nästlade mer än ${MAX_NESTING} nivåer djupt här`,
          en: `Lists or quotes are nested more than ${MAX_NESTING} levels deep here`,
        },
      }),
    );
    return { diagnostics };
  }
  if (kind === "audit") {
    const valid = validateFrontMatter(AuditSchema, yaml.parsed, split, file, lines);
    if (!valid.ok) return { diagnostics: [...valid.diagnostics, ...diagnostics] };
    // Most audit bodies are plain prose, parsed only when rendered; one that may lose content
    // is parsed here, and rendered from the same tree.
    const tree = mayLoseContent(split.body) ? parseMarkdown(split.body) : undefined;
    if (tree) diagnostics.push(...lostContent(tree, content));
    const htmlOptions = bodyHtmlOptions(valid.data.language);
    return {
      document: {
        type: "audit",
        file,
        text,
        data: valid.data,
        body: split.body,
        bodyLine: split.bodyLine,
        ...(options.renderHtml
          ? {
              html: tree
                ? renderMarkdownTree(tree, htmlOptions)
                : renderMarkdown(split.body, htmlOptions),
            }
          : {}),
      },
      diagnostics,
    };
  }
  const valid = validateFrontMatter(ResponseSchema, yaml.parsed, split, file, lines);
  if (!valid.ok) return { diagnostics: [...valid.diagnostics, ...diagnostics] };
  const tree = parseMarkdown(split.body);
  if (mayLoseContent(split.body)) diagnostics.push(...lostContent(tree, content));
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
