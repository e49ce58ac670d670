import type { Lang } from "@sparbar/core";
import { escapeHtml } from "@sparbar/core/render";
import { strings } from "../i18n/index.ts";
import { otherLanguagePath, paths } from "./paths.ts";

/** The main menu's entries, in order; a page names its own to be marked as the current one. */
type MenuItem = "overview" | "deadlines" | "search" | "openData" | "about";

export interface FrameOptions {
  lang: Lang;
  title: string;
  description?: string;
  breadcrumbs?: { href: string; label: string }[];
  /** The same page in the other language; null on pages that exist in one language only. */
  alternate?: string | null;
  current?: MenuItem | "accessibility";
  /** For the 404 page: no canonical address, and not for search engines. */
  noindex?: boolean;
  /** The page's own path, and the site's origin for absolute addresses. */
  path: string;
  origin: string;
}

/** The HTML around a page's content, in the order it appears. */
export interface PageFrame {
  /** The head's content (Astro adds the stylesheet after it). */
  head: string;
  /** The skip link and the site header, menu and language link included. */
  header: string;
  /** The start of the main content: breadcrumbs and the address shown in print. */
  mainStart: string;
  /** The site footer. */
  footer: string;
}

const link = (href: string, label: string, current = false) =>
  `<a href="${escapeHtml(href)}"${current ? ' aria-current="page"' : ""}>${escapeHtml(label)}</a>`;

interface Constant {
  /** The skip link, the site's name and the menu, up to where the language link goes. */
  headerStart: string;
  footer: string;
}

function makeConstant(lang: Lang, current: string | undefined): Constant {
  const t = strings(lang);
  const menu: [MenuItem, string, string][] = [
    ["overview", paths.home(lang), t.nav.overview],
    ["deadlines", paths.deadlines(lang), t.nav.deadlines],
    ["search", paths.search(lang), t.nav.search],
    ["openData", paths.openData(lang), t.nav.openData],
    ["about", paths.about(lang), t.nav.about],
  ];
  const footerLinks: [string, string][] = [
    [paths.accessibility(lang), t.nav.accessibility],
    [paths.openData(lang), t.nav.openData],
    [paths.feed(lang), t.nav.feed],
    [paths.about(lang), t.nav.about],
  ];
  const menuItems = menu
    .map(([key, href, label]) => `<li>${link(href, label, key === current)}</li>`)
    .join("");
  return {
    headerStart:
      `<a class="skip-link" href="#innehall">${escapeHtml(t.skipToContent)}</a>` +
      `<header class="site-header"><div class="inner">` +
      `<a class="site-name" href="${escapeHtml(paths.home(lang))}">${escapeHtml(t.siteName)}<span>${escapeHtml(t.tagline)}</span></a>` +
      `<nav aria-label="${escapeHtml(t.mainNav)}"><ul>${menuItems}</ul></nav>`,
    footer: `<footer class="site-footer"><div class="inner"><p>${escapeHtml(t.footer.about)}<br>${escapeHtml(t.footer.data)}</p><ul>${footerLinks
      .map(([href, label]) => `<li>${link(href, label)}</li>`)
      .join("")}</ul></div></footer>`,
  };
}

const constants = new Map<string, Constant>();

/** The parts that are the same on every page of a language with the same current menu entry. */
function constant(lang: Lang, current: string | undefined): Constant {
  const key = `${lang}/${current ?? ""}`;
  let found = constants.get(key);
  if (!found) {
    found = makeConstant(lang, current);
    constants.set(key, found);
  }
  return found;
}

/**
 * The page's head, header, breadcrumbs and footer as HTML, every value escaped. Written as
 * strings rather than as Astro markup: the frame is on each of a national site's 180,000 pages,
 * and Astro renders each of its two dozen expressions on its own (see docs/performance.md).
 */
export function pageFrame(options: FrameOptions): PageFrame {
  const { lang, title, description, breadcrumbs = [], current, noindex = false } = options;
  const t = strings(lang);
  const other: Lang = lang === "sv" ? "en" : "sv";
  const alternate =
    options.alternate === undefined ? otherLanguagePath(options.path, lang) : options.alternate;
  const canonical = escapeHtml(`${options.origin}${options.path}`);
  const fixed = constant(lang, current);

  let head =
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)} – ${escapeHtml(t.siteName)}</title>`;
  if (description) head += `<meta name="description" content="${escapeHtml(description)}">`;
  head += noindex
    ? `<meta name="robots" content="noindex">`
    : `<link rel="canonical" href="${canonical}">`;
  if (alternate) {
    head += `<link rel="alternate" hreflang="${other}" href="${escapeHtml(`${options.origin}${alternate}`)}">`;
  }
  if (!noindex) head += `<link rel="alternate" hreflang="${lang}" href="${canonical}">`;
  head +=
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(t.feed.title)}" href="${escapeHtml(paths.feed(lang))}">` +
    `<link rel="icon" href="/favicon.svg" type="image/svg+xml">`;

  const language = alternate
    ? `<p class="language"><a href="${escapeHtml(alternate)}" lang="${other}" hreflang="${other}" aria-label="${escapeHtml(t.otherLanguageLabel)}">${escapeHtml(t.otherLanguage)}</a></p>`
    : "";

  const crumbs =
    breadcrumbs.length > 0
      ? `<nav class="breadcrumbs" aria-label="${escapeHtml(t.breadcrumb)}" data-pagefind-ignore><ol>${breadcrumbs
          .map((crumb) => `<li>${link(crumb.href, crumb.label)}</li>`)
          .join("")}</ol></nav>`
      : "";

  return {
    head,
    header: `${fixed.headerStart}${language}</div></header>`,
    mainStart: `${crumbs}<p class="print-only">${escapeHtml(t.print.printed)}: ${canonical}</p>`,
    footer: fixed.footer,
  };
}
