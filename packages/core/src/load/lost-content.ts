import type { Nodes, Root } from "mdast";
import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import type { Bilingual } from "../labels.ts";
import type { LineIndex } from "../text/line-index.ts";

/**
 * Markdown that reaches no page: the site shows no raw HTML and no images (see README), so
 * text inside an HTML block, and an image with its alt text, would vanish between source and
 * page; a link to a relative path or an in-page anchor would lead nowhere. Each is reported
 * where it stands, so that nothing is lost without a word.
 */

export interface ContentContext {
  file: string;
  lines: LineIndex;
  /** Offset of the Markdown within the file text. */
  bodyOffset: number;
}

/** Whether a body can hold anything this module reports: most bodies are plain prose. */
export function mayLoseContent(markdown: string): boolean {
  return /<|!\[|\]\(|\]\[|\]:/.test(markdown);
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 50 ? `${flat.slice(0, 50)}…` : flat;
}

/** The text a reader would have seen in an HTML block: tags and comments taken away. */
function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
    .replace(/<[^>]*>?/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function isRemote(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url);
}

/** Why a link leads nowhere on the site, or nothing when it may work. */
function brokenLink(url: string): Bilingual | undefined {
  if (url.trim() === "") return { sv: "Länken saknar adress", en: "The link has no address" };
  if (url.startsWith("#")) {
    return {
      sv: `Länken till ankaret ${url} leder ingenstans: rubrikerna på sidan har inga ankare`,
      en: `The link to the anchor ${url} leads nowhere: the page's headings have no anchors`,
    };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme) {
    if (["http", "https", "mailto"].includes(scheme)) return undefined;
    return {
      sv: `Länkar med \`${scheme}:\` tas bort från sidan; bara http, https och mailto behålls`,
      en: `Links with \`${scheme}:\` are removed from the page; only http, https and mailto are kept`,
    };
  }
  if (url.startsWith("/")) return undefined;
  return {
    sv: `Den relativa länken ${url} leder ingenstans på webbplatsen`,
    en: `The relative link ${url} leads nowhere on the site`,
  };
}

/** Where flow content stands: an HTML node here is a block, and its text is dropped whole. */
const flowParents = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

export function lostContent(tree: Root, ctx: ContentContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  const definitions = new Map<string, string>();
  const visitAll = (node: Nodes, parent: string, each: (node: Nodes, parent: string) => void) => {
    each(node, parent);
    if ("children" in node) for (const child of node.children) visitAll(child, node.type, each);
  };
  visitAll(tree, "", (node) => {
    if (node.type === "definition") definitions.set(node.identifier, node.url);
  });
  const place = (node: Nodes) =>
    ctx.lines.place((node.position?.start.offset ?? 0) + ctx.bodyOffset);
  const image = (node: Nodes, alt: string, url: string | undefined) => {
    const where = url && isRemote(url) ? url.replace(/^(?:[a-z]+:)?\/\/([^/]+).*$/i, "$1") : "";
    found.push(
      diagnostic("markdown-image-dropped", {
        file: ctx.file,
        place: place(node),
        message: {
          sv: `${where ? `Bilden från en annan webbplats (${where}) hämtas inte och visas inte` : "Bilden visas inte"}${alt ? `; dess text "${excerpt(alt)}" försvinner` : ""}`,
          en: `${where ? `The image from another site (${where}) is not fetched or shown` : "The image is not shown"}${alt ? `; its text "${excerpt(alt)}" is lost` : ""}`,
        },
      }),
    );
  };
  visitAll(tree, "", (node, parent) => {
    if (node.type === "html") {
      const visible = flowParents.has(parent) ? visibleText(node.value) : "";
      if (visible) {
        found.push(
          diagnostic("markdown-html-dropped", {
            file: ctx.file,
            place: place(node),
            message: {
              sv: `Texten "${excerpt(visible)}" står i HTML och visas inte på sidan`,
              en: `The text "${excerpt(visible)}" stands in HTML and is not shown on the page`,
            },
          }),
        );
      } else if (/<img\b/i.test(node.value)) {
        const alt = /\balt\s*=\s*["']([^"']*)["']/i.exec(node.value)?.[1] ?? "";
        image(node, alt, /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(node.value)?.[1]);
      }
    } else if (node.type === "image") image(node, node.alt ?? "", node.url);
    else if (node.type === "imageReference") {
      image(node, node.alt ?? "", definitions.get(node.identifier));
    } else if (node.type === "link" || node.type === "linkReference") {
      const url = node.type === "link" ? node.url : definitions.get(node.identifier);
      const why = url === undefined ? undefined : brokenLink(url);
      if (why) {
        found.push(diagnostic("link-broken", { file: ctx.file, place: place(node), message: why }));
      }
    }
  });
  return found;
}
