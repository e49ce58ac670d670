import { escapeHtml, type Lang } from "@sparbar/core";
import { strings } from "../i18n/index.ts";
import { paths } from "./paths.ts";

/** The main menu's entries, in order; a page names its own to be marked as the current one. */
export type MenuItem = "overview" | "deadlines" | "search" | "openData" | "about";

interface Chrome {
  /** The main menu's list items. */
  menu: string;
  /** The footer's content. */
  footer: string;
}

const link = (href: string, label: string, current = false) =>
  `<a href="${escapeHtml(href)}"${current ? ' aria-current="page"' : ""}>${escapeHtml(label)}</a>`;

function make(lang: Lang, current: string | undefined): Chrome {
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
  return {
    menu: menu
      .map(([key, href, label]) => `<li>${link(href, label, key === current)}</li>`)
      .join(""),
    footer: `<p>${escapeHtml(t.footer.about)}<br>${escapeHtml(t.footer.data)}</p><ul>${footerLinks
      .map(([href, label]) => `<li>${link(href, label)}</li>`)
      .join("")}</ul>`,
  };
}

const made = new Map<string, Chrome>();

/**
 * The menu and footer, the same on every page of a language. They are made once as HTML rather
 * than rendered by Astro for each of a national site's 180,000 pages, where their dozen links
 * cost as much as a small page's own content.
 */
export function chrome(lang: Lang, current: MenuItem | "accessibility" | undefined): Chrome {
  const key = `${lang}/${current ?? ""}`;
  let found = made.get(key);
  if (!found) {
    found = make(lang, current);
    made.set(key, found);
  }
  return found;
}
