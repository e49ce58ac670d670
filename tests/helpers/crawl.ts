import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Every HTML page of a built site, as site paths (`/malmo/`, `/404.html`), search index aside. */
export function sitePages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"))
    .map((f) => `/${f.replace(/index\.html$/, "")}`)
    .sort();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * axe on the page as it stands: WCAG 2.1 A and AA, and best practice. axe is put into a page
 * once, however often the page is checked (in another width or colour scheme, say), and
 * gathers violations only, which spares it a quarter of its work.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            options: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/**
 * What is wider than the window, outside a labelled scroll region: the page itself scrolling
 * sideways, or an element that scrolls sideways without being a focusable, labelled region.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      found.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const style = getComputedStyle(el);
      if (!/(auto|scroll)/.test(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
      // A region: a section with a name, or an element with the region role and a name.
      const region = el.tagName === "SECTION" || el.getAttribute("role") === "region";
      const labelled =
        region && (el.getAttribute("aria-label") ?? "").trim() !== "" && el.tabIndex === 0;
      if (!labelled) found.push(`${el.tagName.toLowerCase()}.${el.className} scrolls unlabelled`);
    }
    return found;
  });
}

/** Common Swedish words that no English sentence has. */
const swedishWords = new Set(
  "och att som för med av till är den det inte eller på ett har kan ska skall samt vid enligt inom efter från nämnden nämnd åtgärd åtgärder rekommendation rekommendationer granskning yttrande svar läget säger".split(
    " ",
  ),
);

/**
 * Text on an English page that reads as Swedish but is not marked `lang="sv"`: a common
 * Swedish word, or a word with å, ä or ö that is not a proper name the page may use in English
 * (`allowed`: the English names of organisations and bodies, which keep their Swedish letters).
 */
export async function unmarkedSwedish(page: Page, allowed: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ({ words, names }) => {
      const stop = new Set(words);
      const proper = new Set(names.map((n) => n.toLowerCase()));
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, noscript, code")) continue;
        if (parent.closest("[lang]")?.getAttribute("lang") !== "en") continue;
        const text = node.textContent ?? "";
        // Ids and addresses are not words in any language (`asn-2025-11-20-uppfoljande-yttrande`).
        const tokens = text
          .toLowerCase()
          .split(/[\s,.:;()"“”'’–—]+/)
          .filter((t) => /^[a-zåäöéü]+$/.test(t));
        const hit = tokens.find((t) => stop.has(t) || (/[åäö]/.test(t) && !proper.has(t)));
        if (hit) found.push(`"${text.trim().slice(0, 80)}" (${hit})`);
      }
      return found;
    },
    { words: [...swedishWords], names: [...allowed] },
  );
}

/** The site file a path is served from. */
export function fileFor(outDir: string, path: string): string {
  const clean = decodeURIComponent(path.split("#")[0]?.split("?")[0] ?? "");
  const file = join(outDir, clean);
  return clean.endsWith("/") ? join(file, "index.html") : file;
}
