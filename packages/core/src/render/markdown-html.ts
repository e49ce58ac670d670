import type { Element, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { firstLimitExceeded } from "../markdown/limits.ts";

/**
 * What may reach a page: GitHub's safe subset, minus images (documents here need none, and a
 * remote image is a request to a third party), with links only to http(s), mailto and paths on
 * the site. Raw HTML in the Markdown never gets this far: remark-rehype drops it.
 */
const clobberPrefix = "innehall-";

const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter(
    (tag) => !["img", "picture", "source", "video", "audio", "iframe"].includes(tag),
  ),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: [] },
  clobberPrefix,
};

/** Demotes headings so that a document's `##` sits under the page's own heading. */
function shiftHeadings(levels: number) {
  return () => (tree: HastRoot) => {
    const visit = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        const match = /^h([1-6])$/.exec(child.tagName);
        if (match) child.tagName = `h${Math.min(6, Number(match[1]) + levels)}`;
        visit(child);
      }
    };
    visit(tree);
  };
}

const taskWords = {
  sv: { done: "Genomförd: ", open: "Inte genomförd: " },
  en: { done: "Done: ", open: "Not done: " },
};

const tableWords = { sv: (n: number) => `Tabell ${n}`, en: (n: number) => `Table ${n}` };

const footnoteWords = {
  sv: { label: "Fotnoter", back: (n: number) => `Tillbaka till hänvisning ${n}` },
  en: { label: "Footnotes", back: (n: number) => `Back to reference ${n}` },
};

/**
 * The sanitiser prefixes every id (so that a document cannot clobber the page's own), but not
 * the links to them: a link within the document (a footnote and its way back) is given the
 * prefix when the id it names exists in the document.
 */
function linkWithinDocument() {
  return (tree: HastRoot) => {
    const ids = new Set<string>();
    const links: Element[] = [];
    const visit = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        if (typeof child.properties.id === "string") ids.add(child.properties.id);
        const href = child.properties.href;
        if (child.tagName === "a" && typeof href === "string" && href.startsWith("#"))
          links.push(child);
        visit(child);
      }
    };
    visit(tree);
    for (const link of links) {
      const target = `${clobberPrefix}${decodeURIComponent(String(link.properties.href).slice(1))}`;
      if (ids.has(target)) link.properties.href = `#${target}`;
    }
  };
}

/**
 * After sanitising: a task list's checkboxes become a visible mark and words for screen readers
 * (a form control without a label is an accessibility error), and table alignment becomes a
 * class instead of the obsolete `align` attribute.
 */
function presentational(lang: "sv" | "en") {
  return () => (tree: HastRoot) => {
    let tables = 0;
    const visit = (node: HastRoot | Element) => {
      node.children = node.children.map((child) => {
        if (child.type !== "element") return child;
        if (child.tagName === "table") {
          // A table wider than a phone scrolls in its own named, focusable box, not the page.
          visit(child);
          return {
            type: "element",
            tagName: "section",
            properties: {
              className: ["table-wrap"],
              tabIndex: 0,
              ariaLabel: tableWords[lang](++tables),
            },
            children: [child],
          } satisfies Element;
        }
        if (child.tagName === "input" && child.properties.type === "checkbox") {
          const done = child.properties.checked === true;
          return {
            type: "element",
            tagName: "span",
            properties: { className: ["task-box"] },
            children: [
              {
                type: "element",
                tagName: "span",
                properties: { ariaHidden: "true" },
                children: [{ type: "text", value: done ? "☒" : "☐" }],
              },
              {
                type: "element",
                tagName: "span",
                properties: { className: ["visually-hidden"] },
                children: [{ type: "text", value: taskWords[lang][done ? "done" : "open"] }],
              },
            ],
          } satisfies Element;
        }
        if (
          (child.tagName === "td" || child.tagName === "th") &&
          typeof child.properties.align === "string"
        ) {
          child.properties.className = [`align-${child.properties.align}`];
          delete child.properties.align;
        }
        visit(child);
        return child;
      });
    };
    visit(tree);
  };
}

const processors = new Map<string, ReturnType<typeof build>>();

function build(headingShift: number, lang: "sv" | "en") {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, {
      allowDangerousHtml: false,
      // The sanitiser adds its own prefix to ids; a second one would only lengthen them.
      clobberPrefix: "",
      footnoteLabel: footnoteWords[lang].label,
      footnoteBackLabel: (index: number) => footnoteWords[lang].back(index + 1),
    })
    .use(shiftHeadings(headingShift))
    .use(rehypeSanitize, schema)
    .use(presentational(lang))
    .use(linkWithinDocument)
    .use(rehypeStringify)
    .freeze();
}

/**
 * Markdown from a source file as safe HTML for the site. Nothing executable survives: raw HTML,
 * event attributes, javascript: and data: URLs and images are removed.
 */
export function renderMarkdown(
  markdown: string,
  options: { headingShift?: number; lang?: "sv" | "en" } = {},
): string {
  if (firstLimitExceeded(markdown) !== undefined) {
    // The loader refuses such files; this keeps the renderer safe on its own as well.
    return `<p>${escapeHtml(markdown.slice(0, 2000))}</p>`;
  }
  return String(processorFor(options).processSync(markdown));
}

/** How a document's body is rendered on its page: headings below the page's own, in its language. */
export function bodyHtmlOptions(lang: "sv" | "en") {
  return { headingShift: 1, lang };
}

/**
 * The same, from Markdown the loader has already parsed (and checked for depth): the parse is
 * most of the cost, and need not be paid twice.
 */
export function renderMarkdownTree(
  tree: MdastRoot,
  options: { headingShift?: number; lang?: "sv" | "en" } = {},
): string {
  const processor = processorFor(options);
  return processor.stringify(processor.runSync(tree) as HastRoot);
}

function processorFor(options: { headingShift?: number; lang?: "sv" | "en" }) {
  const shift = options.headingShift ?? 0;
  const lang = options.lang ?? "sv";
  let processor = processors.get(`${shift}/${lang}`);
  if (!processor) {
    processor = build(shift, lang);
    processors.set(`${shift}/${lang}`, processor);
  }
  return processor;
}

/** Inline Markdown (a measure's text) as safe HTML without the surrounding paragraph. */
export function renderInlineMarkdown(markdown: string): string {
  // Most measures are plain words: escaping them is all the pipeline would do.
  if (!/[*_`[\]<>&!~|\\#]|^\s*(\d+[.)]|[-+=]|>)\s|\n/.test(markdown))
    return escapeHtml(markdown.trim());
  return renderMarkdown(markdown)
    .replace(/^<p>/, "")
    .replace(/<\/p>\s*$/, "");
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}
