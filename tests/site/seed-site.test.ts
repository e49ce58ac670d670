import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { repoRoot } from "../helpers/cli.ts";
import { buildSite } from "../helpers/site-build.ts";
import { serveStatic } from "../helpers/static-server.ts";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** One page of every type, in both languages. */
const pageTypes = {
  overview: ["/", "/en/"],
  organisation: ["/malmo/", "/en/orebro/"],
  body: ["/malmo/namnd/asn/", "/en/orebro/body/socialnamnden/"],
  audit: ["/malmo/granskning/SR-2023-81/", "/en/orebro/audit/granskning-hrv-2025/"],
  plan: ["/malmo/granskning/fri-fran-vald-2022-2026/"],
  recommendation: ["/malmo/granskning/SR-2023-81/R4/", "/en/orebro/audit/granskning-vinr-2022/R6/"],
  response: ["/malmo/svar/ASN-2024-2039/", "/en/malmo/response/ASN-2025-2041/"],
  deadlines: ["/tidpunkter/", "/en/deadlines/"],
  search: ["/sok/", "/en/search/"],
  openData: ["/oppna-data/", "/en/open-data/"],
  accessibility: ["/tillganglighet/", "/en/accessibility/"],
  about: ["/om/", "/en/about/"],
  notFound: ["/404.html"],
};
const allPages = Object.values(pageTypes).flat();

let outDir: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  const built = await buildSite(repoRoot, "2026-11-22");
  if (built.code !== 0) throw new Error(`the site did not build:\n${built.output}`);
  outDir = built.outDir;
  server = await serveStatic(outDir);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"));
}

function fileFor(path: string): string {
  const clean = decodeURIComponent(path.split("#")[0]?.split("?")[0] ?? "");
  const file = join(outDir, clean);
  return clean.endsWith("/") ? join(file, "index.html") : file;
}

describe("the site built from the seed corpus", () => {
  it("has every page type in Swedish and English", () => {
    for (const page of allPages) expect(existsSync(fileFor(page)), page).toBe(true);
    expect(htmlFiles(outDir).length).toBeGreaterThan(100);
  });

  it("writes the Swedish pages in Swedish and the English in English", () => {
    expect(readFileSync(fileFor("/"), "utf8")).toContain('<html lang="sv">');
    expect(readFileSync(fileFor("/en/"), "utf8")).toContain('<html lang="en">');
    expect(readFileSync(fileFor("/en/"), "utf8")).toContain('hreflang="sv"');
  });

  it("shows the recommendation's two tracks, its measures and a timeline with who says so", () => {
    const html = readFileSync(fileFor("/malmo/granskning/SR-2023-81/R4/"), "utf8");
    expect(html).toContain("Enligt nämnden");
    expect(html).toContain("Enligt revisorerna");
    expect(html).toContain("state-measure-passed");
    expect(html).not.toContain("state-measure-late");
    expect(html).toContain("i januari 2025");
    expect(html).toContain("Passerade tidpunkter");
    expect(html).toMatch(/Läget \d{1,2} [a-zé]+ \d{4}/);
    expect(html).toMatch(/<ol class="timeline">/);
  });

  it("keeps the two kinds of passed deadline apart on the overview, and calls none late", () => {
    const html = readFileSync(fileFor("/"), "utf8");
    expect(html).toContain("Försenade enligt en källa");
    expect(html).toContain("Passerade utan rapport");
    expect(html).toContain("deadline-passed");
    expect(html).not.toContain("deadline-late");
  });

  it("gives no page a day for a document dated by its year", () => {
    for (const page of [
      "/orebro/granskning/granskning-vinr-2022/",
      "/orebro/svar/socialnamnden-svar-vinr-2023/",
      "/",
      "/orebro/granskning/granskning-vinr-2022/R6/",
    ]) {
      const html = readFileSync(fileFor(page), "utf8");
      expect(html, page).not.toMatch(
        /(1 januari 2022|31 december 2022|31 december 2023|2022-01-01|2023-12-31)/,
      );
    }
    for (const feed of ["/flode.xml", "/rss.xml"]) {
      const xml = readFileSync(join(outDir, feed), "utf8");
      expect(xml).toContain("Yttrande, 2023");
    }
  });

  it("passes html-validate on every page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: {
        // Chart legend swatches carry their colour inline; there is no other style attribute.
        "no-inline-style": "off",
        // Long Swedish compound words are not a markup problem.
        "long-title": "off",
      },
    });
    const problems: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const report = await validator.validateFile(join(outDir, file));
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has no broken internal link", () => {
    const broken: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(join(outDir, file), "utf8");
      const base = new URL(`/${file.replace(/index\.html$/, "")}`, "http://site");
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const raw = (match[1] ?? "").replaceAll("&amp;", "&");
        if (
          /^(mailto:|https?:\/\/(?!site))/i.test(raw) &&
          !raw.startsWith("https://sparbar.example")
        )
          continue;
        const url = new URL(raw, base);
        if (url.host !== "site" && url.host !== "sparbar.example") continue;
        if (url.pathname === base.pathname && url.hash) {
          if (!ids.has(decodeURIComponent(url.hash.slice(1))))
            broken.push(`${file}: ${raw} (no such id)`);
          continue;
        }
        if (!existsSync(fileFor(url.pathname))) broken.push(`${file}: ${raw}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("keeps within its page-weight budget, with JavaScript only on the search page", () => {
    const css = readdirSync(join(outDir, "_astro")).filter((f) => f.endsWith(".css"));
    const cssBytes = css.reduce((sum, f) => sum + statSync(join(outDir, "_astro", f)).size, 0);
    expect(cssBytes).toBeLessThan(20_000);
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(join(outDir, file), "utf8");
      expect(html.length, file).toBeLessThan(250_000);
      const isSearch = /^(sok|en\/search)\//.test(file);
      if (!isSearch) expect(html, file).not.toContain("<script");
    }
  });

  it("offers open data, feeds, a calendar, JSON Schemas and a sitemap", () => {
    const json = JSON.parse(readFileSync(join(outDir, "data/sparbar.json"), "utf8"));
    expect(json.statuses.length).toBeGreaterThan(30);
    expect(
      readFileSync(join(outDir, "data/rekommendationer.csv"), "utf8").startsWith(
        "\uFEFFOrganisation;",
      ),
    ).toBe(true);
    expect(readFileSync(join(outDir, "tidpunkter.ics"), "utf8")).toContain("BEGIN:VCALENDAR");
    expect(readFileSync(join(outDir, "flode.xml"), "utf8")).toContain(
      '<feed xmlns="http://www.w3.org/2005/Atom"',
    );
    expect(readFileSync(join(outDir, "rss.xml"), "utf8")).toContain('<rss version="2.0">');
    expect(
      JSON.parse(readFileSync(join(outDir, "data/schemas/export.schema.json"), "utf8")).$ref,
    ).toBe("#/$defs/CorpusExport");
    const sitemap = readFileSync(join(outDir, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("/malmo/granskning/SR-2023-81/R4/</loc>");
    expect(sitemap).toContain("/en/malmo/audit/SR-2023-81/R4/</loc>");
  });
});

describe("the site in a real browser", () => {
  it.each(allPages)("%s has no axe violations (WCAG 2.1 A and AA)", async (path) => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url)) outside.push(request.url());
    });
    await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              options: unknown,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      return axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      });
    });
    await page.close();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
    expect(outside, "requests to third parties").toEqual([]);
  });

  it("reads without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/malmo/granskning/SR-2023-81/R5/`);
    await expect(page.locator("h1").textContent()).resolves.toBe("SR-2023-81 R5");
    await expect(page.locator(".timeline li").count()).resolves.toBeGreaterThan(2);
    await page.goto(`${server.url}/sok/`);
    await expect(page.locator("noscript").count()).resolves.toBe(1);
    await context.close();
  });

  it("finds the seed documents with search", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sok/`, { waitUntil: "networkidle" });
    await page.fill("#sok input", "kärnprocesser");
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10_000 });
    const links = await page
      .locator(".pagefind-ui__result-link")
      .evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(links.some((l) => l?.includes("ASN-2024-2039"))).toBe(true);
    await page.close();
  });

  it("searches the same index in English and leads to the English pages", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/search/`, { waitUntil: "networkidle" });
    await page.fill("#sok input", "kärnprocesser");
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10_000 });
    const links = await page
      .locator(".pagefind-ui__result-link")
      .evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(links).toContain("/en/malmo/response/ASN-2024-2039/");
    expect(links.every((l) => l?.startsWith("/en/"))).toBe(true);
    await page.close();
  });

  it("prints without navigation, keeping the content", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/malmo/svar/ASN-2024-2039/`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header nav").isVisible()).resolves.toBe(false);
    await expect(page.locator("h1").isVisible()).resolves.toBe(true);
    await expect(page.locator(".print-only").isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });

  it("is readable at 400 % zoom (320 CSS pixels wide) without sideways scrolling of the page", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${server.url}/malmo/granskning/SR-2023-81/R4/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
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
    for (const feed of ["/flode.xml", "/en/feed.xml", "/rss.xml", "/sitemap.xml"]) {
      const text = readFileSync(join(outDir, feed), "utf8");
      const error = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        return doc.getElementsByTagName("parsererror").length;
      }, text);
      expect(error, feed).toBe(0);
    }
    await page.close();
  });
});
