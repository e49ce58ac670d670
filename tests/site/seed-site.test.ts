import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { repoRoot } from "../helpers/cli.ts";
import {
  axeViolations,
  fileFor,
  sidewaysOverflow,
  sitePages,
  unmarkedSwedish,
} from "../helpers/crawl.ts";
import { buildSite } from "../helpers/site-build.ts";
import { serveStatic } from "../helpers/static-server.ts";

/** One page of every type, in both languages: these must exist. */
const pageTypes = {
  overview: ["/", "/en/"],
  organisation: ["/malmo/", "/en/orebro/"],
  body: ["/malmo/namnd/asn/", "/en/orebro/body/socialnamnden/"],
  audit: ["/malmo/granskning/SR-2023-81/", "/en/orebro/audit/granskning-hrv-2025/"],
  plan: ["/malmo/granskning/fri-fran-vald-2022-2026/"],
  recommendation: ["/malmo/granskning/SR-2023-81/R4/", "/en/orebro/audit/granskning-vinr-2022/R6/"],
  response: ["/malmo/svar/ASN-2024-2039/", "/en/malmo/response/ASN-2025-2041/"],
  explore: ["/utforska/", "/en/explore/"],
  state: ["/utforska/measure-passed/", "/en/explore/not-assessed/"],
  organisationState: ["/malmo/lage/measure-passed/", "/en/malmo/state/reported-done/"],
  compare: ["/jamfor/", "/en/compare/"],
  changes: ["/andringar/", "/en/changes/"],
  deadlines: ["/tidpunkter/", "/en/deadlines/"],
  organisationDeadlines: ["/malmo/tidpunkter/", "/en/orebro/deadlines/"],
  search: ["/sok/", "/en/search/"],
  openData: ["/oppna-data/", "/en/open-data/"],
  accessibility: ["/tillganglighet/", "/en/accessibility/"],
  about: ["/om/", "/en/about/"],
  notFound: ["/404.html"],
};
const namedPages = Object.values(pageTypes).flat();
const withScript = /^\/(sok|en\/search|utforska|en\/explore)\/$/;

let outDir: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let pages: string[];
const shots = join(repoRoot, ".reports", "screenshots");

beforeAll(async () => {
  // A shard of the search index per organisation, as a national site has several: the
  // searches below find pages in the first shard (malmo) and in the one merged into it.
  const built = await buildSite(repoRoot, "2026-11-22", { SPARBAR_SEARCH_SHARD_PAGES: "1" });
  if (built.code !== 0) throw new Error(`the site did not build:\n${built.output}`);
  outDir = built.outDir;
  pages = sitePages(outDir);
  server = await serveStatic(outDir);
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(fileFor(outDir, path), "utf8");

/**
 * Proper names that keep their Swedish letters on English pages: the English names the corpus
 * gives organisations and bodies, and people's names.
 */
function englishNames(): string[] {
  type Person = { name: string };
  const data = JSON.parse(readFileSync(join(outDir, "data/sparbar.json"), "utf8")) as {
    organisations: { name_en?: string; bodies: { name_en?: string }[] }[];
    audits: { authors: Person[] }[];
    responses: { signatories: Person[]; officers: Person[] }[];
  };
  const names = [
    ...data.organisations.flatMap((o) => [
      o.name_en ?? "",
      ...o.bodies.map((b) => b.name_en ?? ""),
    ]),
    ...data.audits.flatMap((a) => a.authors.map((p) => p.name)),
    ...data.responses.flatMap((r) => [...r.signatories, ...r.officers].map((p) => p.name)),
  ];
  return ["Spårbar", ...names.flatMap((n) => n.split(/[^\p{L}]+/u))].filter(Boolean);
}

describe("the site built from the seed corpus", () => {
  it("has every page type in Swedish and English", () => {
    for (const page of namedPages) expect(existsSync(fileFor(outDir, page)), page).toBe(true);
    expect(pages.length).toBeGreaterThan(150);
  });

  it("writes the Swedish pages in Swedish and the English in English", () => {
    expect(read("/")).toContain('<html lang="sv">');
    expect(read("/en/")).toContain('<html lang="en">');
    expect(read("/en/")).toContain('hreflang="sv"');
  });

  it("names things by their words, keeping ids as secondary text", () => {
    const html = read("/malmo/granskning/SR-2023-81/R4/");
    expect(html).toMatch(/<h1><span>Säkerställa att uppföljning och utvärdering/);
    expect(read("/en/malmo/audit/SR-2023-81/R4/")).toMatch(
      /<h1><span lang="sv">Säkerställa att uppföljning och utvärdering/,
    );
    expect(read("/en/malmo/audit/SR-2023-81/")).toContain(
      "Audit – The work against honour-related violence and oppression",
    );
    const breadcrumbs = read("/en/malmo/audit/SR-2023-81/R4/").match(
      /<nav class="breadcrumbs"[\s\S]*?<\/nav>/,
    )?.[0];
    expect(breadcrumbs).toContain("City of Malmö");
    expect(breadcrumbs).toContain("The work against honour-related violence");
  });

  it("shows the recommendation's two tracks, its measures and a timeline with who says so", () => {
    const html = read("/malmo/granskning/SR-2023-81/R4/");
    expect(html).toContain("Enligt nämnden");
    expect(html).toContain("Enligt revisorerna");
    expect(html).toContain("state-measure-passed");
    expect(html).not.toContain("state-measure-late");
    expect(html).toContain("i januari 2025");
    expect(html).toContain("Passerade tidpunkter");
    // A passed deadline leads to its measure in the list above.
    const passed = html.match(/class="outcome-passed">\s*<a href="#([^"]+)"/)?.[1];
    expect(html).toContain(`id="${passed}"`);
    expect(html).toMatch(/Läget \d{1,2} [a-zé]+ \d{4}/);
    expect(html).toMatch(/<ol class="timeline">/);
  });

  it("marks another body's notes in a timeline as another body's", () => {
    const marked = pages.filter(
      (p) => !p.startsWith("/en/") && read(p).includes("another-body-flag"),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const page of marked) expect(read(page)).toContain("Annat organ");
  });

  it("keeps the two kinds of passed deadline apart on the overview, and calls none late", () => {
    const html = read("/");
    expect(html).toContain("Försenade enligt en källa");
    expect(html).toContain("Passerade utan rapport");
    expect(html).toContain("deadline-passed");
    expect(html).not.toContain('class="card deadline-late"');
  });

  it("says how many of a list it shows when it shows only some", () => {
    const html = read("/");
    const passed = (html.match(/class="card deadline-passed"/g) ?? []).length;
    const all = (read("/tidpunkter/").match(/class="card deadline-passed"/g) ?? []).length;
    if (all > passed) expect(html).toContain(`Visar ${passed} av ${all}.`);
    else expect(passed).toBe(all);
  });

  it("lists an organisation's deadlines on its own page, and counts them per organisation on the corpus's", () => {
    const cards = (html: string, state: string) =>
      (html.match(new RegExp(`class="card deadline-${state}"`, "g")) ?? []).length;
    const states = ["late", "passed", "upcoming"];
    for (const [corpusPage, lang] of [
      ["/tidpunkter/", "sv"],
      ["/en/deadlines/", "en"],
    ] as const) {
      const html = read(corpusPage);
      const table = html.slice(html.indexOf("<caption>Per organisation</caption>"));
      const rows = [
        ...table.matchAll(
          /<a href="([^"]+)">[^<]*<\/a><\/th>\s*<td class="num">(\d+)<\/td><td class="num">(\d+)<\/td><td class="num">(\d+)<\/td>/g,
        ),
      ];
      expect(rows.map((r) => r[1])).toEqual([
        lang === "sv" ? "/malmo/tidpunkter/" : "/en/malmo/deadlines/",
      ]);
      const totals = [0, 0, 0];
      for (const [, href = "", ...counts] of rows) {
        const own = read(href);
        expect(own).toContain(lang === "sv" ? "Malmö stad" : "City of Malmö");
        states.forEach((state, i) => {
          expect(cards(own, state), `${href} ${state}`).toBe(Number(counts[i]));
          totals[i] = (totals[i] ?? 0) + Number(counts[i]);
        });
        expect(own).toContain(
          lang === "sv" ? 'href="/malmo/tidpunkter.ics"' : 'href="/en/malmo/deadlines.ics"',
        );
      }
      // The seed corpus has fewer deadlines than the corpus's page shows of each group.
      expect(states.map((state) => cards(html, state))).toEqual(totals);
      expect(totals[1]).toBeGreaterThan(0);
    }
    // An organisation with no deadline has a page that says so, reached from its own page.
    expect(read("/orebro/")).toContain('href="/orebro/tidpunkter/"');
    expect(read("/orebro/tidpunkter/")).toContain("Inga tidpunkter.");
  });

  it("says the day its states apply to on every page that shows states", () => {
    for (const page of pages) {
      const html = read(page);
      if (!/class="state state-/.test(html) || withScript.test(page)) continue;
      expect(html, page).toMatch(/(Läget|Status on) \d{1,2} [a-zé]+ \d{4}/i);
    }
  });

  it("gives no page a day for a document dated by its year", () => {
    for (const page of [
      "/orebro/granskning/granskning-vinr-2022/",
      "/orebro/svar/socialnamnden-svar-vinr-2023/",
      "/",
      "/orebro/granskning/granskning-vinr-2022/R6/",
      "/andringar/",
    ]) {
      expect(read(page), page).not.toMatch(
        /(1 januari 2022|31 december 2022|31 december 2023|2022-01-01|2023-12-31)/,
      );
    }
    for (const feed of ["/flode.xml", "/rss.xml", "/orebro/flode.xml"]) {
      expect(readFileSync(join(outDir, feed), "utf8")).toContain("Yttrande, 2023");
    }
  });

  it("never shows a planned meeting as a decision", () => {
    const html = read("/malmo/svar/asn-2025-11-20-uppfoljande-yttrande/");
    expect(html).toContain("planerat sammanträde, inget beslut i Spårbar");
  });

  it("passes html-validate on every page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "long-title": "off" },
    });
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(fileFor(outDir, page));
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
    // Some 180 pages: half a minute on a busy machine.
  }, 120_000);

  it("has no broken internal link or anchor, and no page that nothing links to", () => {
    const broken: string[] = [];
    const linked = new Set<string>(["/"]);
    const idsOf = new Map<string, Set<string>>();
    const ids = (path: string) => {
      let found = idsOf.get(path);
      if (!found) {
        found = new Set([...read(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ""));
        idsOf.set(path, found);
      }
      return found;
    };
    for (const page of pages) {
      const html = read(page);
      const base = new URL(page, "http://site");
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const raw = (match[1] ?? "").replaceAll("&amp;", "&");
        if (/^(mailto:|https?:)/i.test(raw)) continue;
        const url = new URL(raw, base);
        if (url.pathname !== page) linked.add(url.pathname);
        if (!existsSync(fileFor(outDir, url.pathname))) {
          broken.push(`${page}: ${raw}`);
          continue;
        }
        if (
          url.hash &&
          url.pathname.endsWith("/") &&
          !ids(url.pathname).has(decodeURIComponent(url.hash.slice(1)))
        )
          broken.push(`${page}: ${raw} (no such id)`);
      }
    }
    expect(broken).toEqual([]);
    const orphans = pages.filter((p) => p !== "/404.html" && !linked.has(p));
    expect(orphans).toEqual([]);
  });

  it("gives every page a description and Open Graph tags, and writes no made-up address", () => {
    for (const page of pages) {
      const html = read(page);
      expect(html, page).toMatch(/<meta name="description" content="[^"]{20,}">/);
      expect(html, page).toContain('<meta property="og:title"');
      expect(html, page).toContain('<meta property="og:description"');
      expect(html, page).not.toContain("sparbar.example");
      // Without the site's address, canonical links are relative to the site.
      if (page !== "/404.html") expect(html, page).toMatch(/<link rel="canonical" href="\/[^"]*">/);
    }
    for (const file of ["flode.xml", "rss.xml", "tidpunkter.ics", "robots.txt"])
      expect(readFileSync(join(outDir, file), "utf8")).not.toContain("sparbar.example");
    expect(existsSync(join(outDir, "sitemap-index.xml"))).toBe(false);
    expect(readFileSync(join(outDir, "robots.txt"), "utf8")).not.toContain("Sitemap:");
  });

  it("keeps within its page-weight budget, with JavaScript only on search and the explorer", () => {
    const css = readdirSync(join(outDir, "_astro")).filter((f) => f.endsWith(".css"));
    const cssBytes = css.reduce((sum, f) => sum + statSync(join(outDir, "_astro", f)).size, 0);
    expect(cssBytes).toBeLessThan(24_000);
    const js = readdirSync(join(outDir, "_astro")).filter((f) => f.endsWith(".js"));
    const jsBytes = js.reduce((sum, f) => sum + statSync(join(outDir, "_astro", f)).size, 0);
    expect(jsBytes).toBeLessThan(20_000);
    for (const page of pages) {
      const html = read(page);
      expect(html.length, page).toBeLessThan(250_000);
      if (!withScript.test(page)) expect(html, page).not.toContain("<script");
    }
  });

  it("offers open data, feeds and calendars per organisation, body and audit, and schemas", () => {
    const json = JSON.parse(readFileSync(join(outDir, "data/sparbar.json"), "utf8"));
    expect(json.statuses.length).toBeGreaterThan(30);
    expect(json.statuses[0].history.length).toBeGreaterThan(0);
    for (const csv of ["data/rekommendationer.csv", "data/malmo/rekommendationer.csv"])
      expect(readFileSync(join(outDir, csv), "utf8").startsWith("\uFEFFOrganisation;")).toBe(true);
    for (const ics of [
      "tidpunkter.ics",
      "malmo/tidpunkter.ics",
      "malmo/namnd/asn/tidpunkter.ics",
      "malmo/granskning/SR-2023-81/tidpunkter.ics",
      "en/malmo/audit/SR-2023-81/deadlines.ics",
    ])
      expect(readFileSync(join(outDir, ics), "utf8"), ics).toContain("BEGIN:VCALENDAR");
    const feed = readFileSync(join(outDir, "malmo/namnd/asn/flode.xml"), "utf8");
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed).toContain("Ändrat läge");
    expect(feed).toContain("<id>urn:uuid:");
    expect(readFileSync(join(outDir, "en/malmo/audit/SR-2023-81/feed.xml"), "utf8")).toContain(
      "State changed",
    );
    expect(readFileSync(join(outDir, "rss.xml"), "utf8")).toContain('<rss version="2.0">');
    expect(
      JSON.parse(readFileSync(join(outDir, "data/schemas/export.schema.json"), "utf8")).$ref,
    ).toBe("#/$defs/CorpusExport");
    expect(read("/oppna-data/")).toContain("CC0 1.0");
  });

  it("has an accessibility statement with a date, and no invented contact", () => {
    const html = read("/tillganglighet/");
    expect(html).toContain("Redogörelsen skrevs 27 november 2026.");
    expect(html).toContain("har inte angett någon kontaktadress");
    expect(html).not.toContain("mailto:");
    expect(read("/en/accessibility/")).toContain("This statement was written on 27 November 2026.");
  });
});

/** A window the pages are checked in: its width and its colour scheme. */
interface Display {
  width: number;
  scheme: "light" | "dark";
}

/**
 * Visits pages in two tabs at once (the machine has two cores) and checks each with `check` in
 * every display given, returning every problem found. A page is loaded once and then resized and
 * recoloured: its layout and colours follow the window and the colour scheme without a reload
 * (no script of the site reads either), and loading and injecting axe cost as much as a check.
 */
async function crawl(
  paths: readonly string[],
  displays: readonly Display[],
  check: (page: Page, path: string) => Promise<string[]>,
): Promise<string[]> {
  const [first] = displays;
  if (!first) return [];
  const context = await browser.newContext({
    viewport: { width: first.width, height: 900 },
    colorScheme: first.scheme,
  });
  const queue = [...paths];
  const problems: string[] = [];
  const worker = async () => {
    const page = await context.newPage();
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await page.setViewportSize({ width: first.width, height: 900 });
      await page.emulateMedia({ colorScheme: first.scheme });
      await page.goto(`${server.url}${path}`, {
        waitUntil: withScript.test(path) ? "networkidle" : "load",
      });
      for (const d of displays) {
        await page.setViewportSize({ width: d.width, height: 900 });
        await page.emulateMedia({ colorScheme: d.scheme });
        const where = displays.length > 1 ? ` at ${d.width} px, ${d.scheme}` : "";
        problems.push(...(await check(page, path)).map((p) => `${path}${where}: ${p}`));
      }
    }
  };
  await Promise.all([worker(), worker()]);
  await context.close();
  return problems.sort();
}

const accessible = async (page: Page) => [
  ...(await axeViolations(page)).map((v) => `${v.id} ${v.targets.join(", ")}`),
  ...(await sidewaysOverflow(page)),
];

describe("every page in a real browser", () => {
  it("has no axe violation (WCAG 2.1 AA and best practice) and no sideways overflow at 360 and 1280 px, light and dark", async () => {
    const displays: Display[] = [
      { width: 360, scheme: "light" },
      { width: 360, scheme: "dark" },
      { width: 1280, scheme: "dark" },
      { width: 1280, scheme: "light" },
    ];
    expect(await crawl(pages, displays, accessible)).toEqual([]);
  }, 1_200_000);

  it("makes no request to a third party", async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url)) outside.push(request.url());
    });
    for (const path of namedPages)
      await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
    await page.close();
    expect(outside).toEqual([]);
  }, 120_000);

  it("marks every Swedish passage of an English page as Swedish", async () => {
    const allowed = englishNames();
    const english = pages.filter((p) => p.startsWith("/en/"));
    expect(
      await crawl(english, [{ width: 1280, scheme: "light" }], (page) =>
        unmarkedSwedish(page, allowed),
      ),
    ).toEqual([]);
  }, 300_000);

  it("reads without JavaScript, and points from the explorer to its pages per state", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/malmo/granskning/SR-2023-81/R5/`);
    await expect(page.locator("h1").textContent()).resolves.toContain("Säkerställa att samverkan");
    await expect(page.locator(".timeline li").count()).resolves.toBeGreaterThan(2);
    await page.goto(`${server.url}/utforska/`);
    await expect(page.locator("form.explore-form").isVisible()).resolves.toBe(false);
    await expect(page.locator('a[href="/utforska/measure-passed/"]').count()).resolves.toBe(1);
    await page.goto(`${server.url}/sok/`);
    await expect(page.locator("noscript").count()).resolves.toBe(1);
    await context.close();
  });

  it("finds the seed documents with Swedish search", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sok/`, { waitUntil: "networkidle" });
    await page.fill("#sok input", "kärnprocesser");
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10_000 });
    const links = await page
      .locator(".pagefind-ui__result-link")
      .evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(links.some((l) => l?.includes("/malmo/svar/ASN-2024-2039/"))).toBe(true);
    await page.close();
  });

  it("finds pages in every shard of the search index", async () => {
    expect(JSON.parse(readFileSync(join(outDir, "pagefind", "shards.json"), "utf8"))).toEqual([
      "/pagefind-2/",
    ]);
    const page = await browser.newPage();
    await page.goto(`${server.url}/sok/`, { waitUntil: "networkidle" });
    await page.fill("#sok input", "avsiktsförklaring");
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10_000 });
    const links = await page
      .locator(".pagefind-ui__result-link")
      .evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(links).toContain("/orebro/granskning/granskning-hrv-2025/");
    await page.close();
  });

  it("finds an English word on the English search page, on the English page", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/search/`, { waitUntil: "networkidle" });
    await page.fill("#sok input", "oppression");
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10_000 });
    const links = await page
      .locator(".pagefind-ui__result-link")
      .evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(links.some((l) => l?.startsWith("/en/malmo/audit/SR-2023-81/"))).toBe(true);
    expect(links.every((l) => l?.startsWith("/en/"))).toBe(true);
    await page.close();
  });

  it("prints without navigation, keeping the content and the day the states apply to", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/malmo/granskning/SR-2023-81/R4/`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header nav").isVisible()).resolves.toBe(false);
    await expect(page.locator("h1").isVisible()).resolves.toBe(true);
    await expect(page.locator(".as-of").isVisible()).resolves.toBe(true);
    await expect(page.locator(".print-only").isVisible()).resolves.toBe(true);
    await page.goto(`${server.url}/malmo/`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".chart-figures table").isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });

  it("serves the 404 page for a missing page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/finns-inte/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe("Sidan finns inte");
    await page.close();
  });

  it("parses its feeds as XML", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    for (const feed of [
      "/flode.xml",
      "/en/feed.xml",
      "/rss.xml",
      "/malmo/granskning/SR-2023-81/flode.xml",
    ]) {
      const text = readFileSync(join(outDir, feed), "utf8");
      const error = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        return doc.getElementsByTagName("parsererror").length;
      }, text);
      expect(error, feed).toBe(0);
    }
    await page.close();
  });

  it("takes screenshots at 320, 360, 768 and 1280 px and at 200 % and 400 % zoom", async () => {
    const views = [
      { name: "320", width: 320, scale: 1 },
      { name: "360", width: 360, scale: 1 },
      { name: "768", width: 768, scale: 1 },
      { name: "1280", width: 1280, scale: 1 },
      // Zoom in a 1280 px window: the page lays out in 640 and 320 CSS pixels.
      { name: "zoom-200", width: 640, scale: 2 },
      { name: "zoom-400", width: 320, scale: 4 },
    ];
    const shown = [
      "/",
      "/malmo/granskning/SR-2023-81/",
      "/malmo/granskning/SR-2023-81/R4/",
      "/utforska/",
      "/malmo/",
    ];
    for (const v of views) {
      const context = await browser.newContext({
        viewport: { width: v.width, height: 900 },
        deviceScaleFactor: v.scale,
      });
      const page = await context.newPage();
      for (const path of shown) {
        await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
        const name = `${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "oversikt"}-${v.name}.png`;
        await page.screenshot({ path: join(shots, name) });
        expect(await sidewaysOverflow(page), `${path} at ${v.name}`).toEqual([]);
      }
      await context.close();
    }
    expect(readdirSync(shots).length).toBeGreaterThanOrEqual(views.length * shown.length);
  }, 180_000);
});

describe("the explorer", () => {
  /** Filters as the explorer's address takes them, and as `sparbar status` takes them. */
  const filters: { query: string; cli: string[] }[] = [
    { query: "", cli: [] },
    { query: "org=malmo", cli: ["--org", "malmo"] },
    { query: "org=orebro&body=socialnamnden", cli: ["--org", "orebro", "--body", "socialnamnden"] },
    {
      query: "state=response-due-passed&state=measure-passed",
      cli: ["--status", "response-due-passed,measure-passed"],
    },
    { query: "state=measure-late", cli: ["--status", "measure-late"] },
    { query: "stance=partly-agrees", cli: ["--stance", "partly-agrees"] },
    { query: "stance=none&org=orebro", cli: ["--stance", "none", "--org", "orebro"] },
    { query: "open=closed", cli: ["--closed"] },
    {
      query: "open=open&state=not-assessed&org=malmo",
      cli: ["--open", "--status", "not-assessed", "--org", "malmo"],
    },
    { query: "open=overdue", cli: ["--overdue"] },
    {
      query: "org=malmo&stance=partly-agrees&open=overdue",
      cli: ["--org", "malmo", "--stance", "partly-agrees", "--overdue"],
    },
  ];

  async function cliRows(args: string[]) {
    const { runCli } = await import("../helpers/run-cli.ts");
    const run = await runCli(["status", "--json", "--as-of", "2026-11-22", ...args]);
    expect(run.code, run.stderr).toBe(0);
    return (
      JSON.parse(run.stdout) as {
        statuses: {
          organisation: string;
          audit: string;
          recommendation: string;
          body: string;
          body_state: string;
        }[];
      }
    ).statuses;
  }

  /** The cards of a page as the explorer's test compares them: a link and the body addressed. */
  const cards = (page: Page) =>
    page
      .locator("li.card")
      .evaluateAll((found) =>
        found.map(
          (c) =>
            `${c.querySelector(".card-title a")?.getAttribute("href")}@${(c as HTMLElement).dataset.body}`,
        ),
      );
  const cardOf = (s: {
    organisation: string;
    audit: string;
    recommendation: string;
    body: string;
  }) =>
    `/${s.organisation}/granskning/${encodeURIComponent(s.audit)}/${s.recommendation}/@${s.body}`;

  it.each(filters)(
    "shows and downloads what `sparbar status` lists for ?$query",
    async ({ query, cli }) => {
      const expected = await cliRows(cli);
      const page = await browser.newPage({ acceptDownloads: true });
      await page.goto(`${server.url}/utforska/${query ? `?${query}` : ""}`, {
        waitUntil: "networkidle",
      });
      await page.waitForSelector(".explore-status:not(:empty)");
      // Every card (the explorer shows 50 at a time).
      while ((await page.locator(".more-button").count()) > 0)
        await page.locator(".more-button").click();
      expect(await cards(page)).toEqual(expected.map(cardOf));
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(".csv-button").click(),
      ]);
      const csv = readFileSync((await download.path()) ?? "", "utf8");
      expect(csv.startsWith("\uFEFFOrganisation;Granskning;")).toBe(true);
      const lines = csv.slice(1).split("\r\n").filter(Boolean);
      const header = (lines[0] ?? "").split(";");
      const col = (name: string) => header.indexOf(name);
      const rows = lines.slice(1).map((l) => l.split(";"));
      expect(
        rows.map((r) => [
          r[col("Organisation")],
          r[col("Granskning")],
          r[col("Rekommendation")],
          r[col("Nämnd")],
        ]),
      ).toEqual(expected.map((s) => [s.organisation, s.audit, s.recommendation, s.body]));
      await page.close();
    },
  );

  it("offers the overdue recommendations in the form, and on pages that need no JavaScript", async () => {
    const expected = await cliRows(["--overdue"]);
    expect(expected.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${server.url}/utforska/`, { waitUntil: "networkidle" });
    await page.check('input[name="open"][value="overdue"]');
    await expect.poll(() => page.url()).toContain("?open=overdue");
    await expect.poll(() => cards(page)).toEqual(expected.map(cardOf));
    await page.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.url}/utforska/`);
    await plain.click('a[href="/utforska/overdue/"]');
    const perOrganisation = await plain
      .locator("table a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const organisations = [...new Set(expected.map((s) => s.organisation))];
    expect(perOrganisation).toEqual(organisations.map((o) => `/${o}/lage/overdue/`));
    for (const organisation of organisations) {
      await plain.goto(`${server.url}/${organisation}/`);
      await plain.click(`a[href="/${organisation}/lage/overdue/"]`);
      expect(await cards(plain)).toEqual(
        expected.filter((s) => s.organisation === organisation).map(cardOf),
      );
    }
    await context.close();
  });

  it("filters by the form and writes the filters into a shareable address", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/explore/`, { waitUntil: "networkidle" });
    await page.selectOption('select[name="org"]', "malmo");
    await page.selectOption('select[name="body"]', "asn");
    await page.check('input[name="state"][value="measure-passed"]');
    await expect.poll(() => page.url()).toContain("org=malmo&body=asn&state=measure-passed");
    const expected = await cliRows([
      "--org",
      "malmo",
      "--body",
      "asn",
      "--status",
      "measure-passed",
    ]);
    await expect.poll(() => page.locator(".explore-results li.card").count()).toBe(expected.length);
    const shared = await browser.newPage();
    await shared.goto(page.url(), { waitUntil: "networkidle" });
    await shared.waitForSelector(".explore-status:not(:empty)");
    await expect(shared.locator(".explore-status").textContent()).resolves.toContain(
      `${expected.length} recommendation`,
    );
    await shared.close();
    await page.close();
  });
});
