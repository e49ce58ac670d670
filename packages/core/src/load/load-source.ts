import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { firstLimitExceeded } from "../markdown/limits.ts";
import { parseMarkdown } from "../markdown/parse.ts";
import { AuditSchema } from "../schema/audit.ts";
import { OrganisationSchema } from "../schema/organisation.ts";
import { ResponseSchema } from "../schema/response.ts";
import { unwantedCharacters } from "../text/characters.ts";
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
import { parseFrontMatterYaml, splitSource, validateFrontMatter } from "./front-matter.ts";
import { lostContent, mayLoseContent } from "./lost-content.ts";
import { pastedText } from "./pasted-text.ts";
import { readResponseBody } from "./response-body.ts";
import { MAX_FILE_BYTES, tooLarge } from "./source-file.ts";

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

/** Core's Markdown → safe HTML rendering, which loading uses only when asked to. */
export type HtmlRenderer = typeof import("../render/markdown-html.ts");

export interface LoadSourceOptions {
  /**
   * Also render the body as safe HTML with this, on the thread that parsed it (the site wants
   * it). The caller loads the renderer, so that reading alone never does.
   */
  html?: HtmlRenderer;
  /**
   * Read past the size limit and the Markdown limits. Only for measuring how the cost of reading
   * grows beyond them (`pnpm bench:sections`); input from users is always held to them.
   */
  unlimited?: boolean;
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
  if (size > MAX_FILE_BYTES && !options.unlimited) return { diagnostics: [tooLarge(file, size)] };
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
  const split = splitSource(text, file, kind, lines);
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

  diagnostics.push(...cutValues(yaml.parsed.doc, split, file, lines));
  if (kind === "organisation") {
    const valid = validateFrontMatter(OrganisationSchema, yaml.parsed, split, file, lines);
    if (!valid.ok) return { diagnostics: [...valid.diagnostics, ...diagnostics] };
    return { document: { type: "organisation", file, text, data: valid.data }, diagnostics };
  }
  diagnostics.push(...pastedText(text, file, lines));
  const content = { file, lines, bodyOffset: split.bodyOffset };
  const limit = options.unlimited ? undefined : firstLimitExceeded(split.body);
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
    // Most audit bodies are plain prose, parsed only when rendered; one that may lose content
    // is parsed here, and rendered from the same tree.
    const tree = mayLoseContent(split.body) ? parseMarkdown(split.body) : undefined;
    if (tree) diagnostics.push(...lostContent(tree, content));
    const render = options.html;
    const htmlOptions = render?.bodyHtmlOptions(valid.data.language);
    return {
      document: {
        type: "audit",
        file,
        text,
        data: valid.data,
        body: split.body,
        bodyLine: split.bodyLine,
        ...(render && htmlOptions
          ? {
              html: tree
                ? render.renderMarkdownTree(tree, htmlOptions)
                : render.renderMarkdown(split.body, htmlOptions),
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
      ...(options.html
        ? {
            html: options.html.renderMarkdownTree(
              tree,
              options.html.bodyHtmlOptions(valid.data.language),
            ),
          }
        : {}),
    },
    diagnostics,
  };
}

/** Outside the corpus layout, a response is the document that `answers` something. */
function guessType(text: string): DocumentType {
  return /^answers\s*:/m.test(text.slice(0, 4000)) ? "response" : "audit";
}
