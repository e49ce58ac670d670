import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.ts";
import { buildSite } from "../helpers/site-build.ts";

let outDir: string;
let output: string;

beforeAll(async () => {
  const built = await buildSite(repoRoot, "2026-11-22", {
    SPARBAR_SITE_URL: "https://www.example.org",
    SPARBAR_CONTACT: "tillganglighet@example.org",
  });
  if (built.code !== 0) throw new Error(`the site did not build:\n${built.output}`);
  outDir = built.outDir;
  output = built.output;
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(outDir, file), "utf8");

describe("a site built with its address and a contact", () => {
  it("says which address it writes", () => {
    expect(output).toContain("start with https://www.example.org");
  });

  it("writes a sitemap index through @astrojs/sitemap, naming every page once", () => {
    const index = read("sitemap-index.xml");
    expect(index).toContain("<sitemapindex");
    expect(index).toContain("https://www.example.org/sitemap-0.xml");
    const sitemap = read("sitemap-0.xml");
    expect(sitemap).toContain("<loc>https://www.example.org/malmo/granskning/SR-2023-81/R4/</loc>");
    expect(sitemap).toContain("<loc>https://www.example.org/en/malmo/audit/SR-2023-81/R4/</loc>");
    expect(sitemap).not.toContain("404");
    expect(read("robots.txt")).toContain("Sitemap: https://www.example.org/sitemap-index.xml");
  });

  it("gives absolute canonical, alternate and Open Graph addresses", () => {
    const html = read("malmo/index.html");
    expect(html).toContain('<link rel="canonical" href="https://www.example.org/malmo/">');
    expect(html).toContain('hreflang="en" href="https://www.example.org/en/malmo/"');
    expect(html).toContain('<meta property="og:url" content="https://www.example.org/malmo/">');
  });

  it("links feeds to absolute addresses", () => {
    const feed = read("malmo/flode.xml");
    expect(feed).toContain('<link rel="self" href="https://www.example.org/malmo/flode.xml"/>');
    expect(feed).toMatch(
      /<link rel="alternate" href="https:\/\/www\.example\.org\/malmo\/granskning\//,
    );
  });

  it("gives the contact in the accessibility statement", () => {
    expect(read("tillganglighet/index.html")).toContain(
      '<a href="mailto:tillganglighet@example.org">tillganglighet@example.org</a>',
    );
    expect(existsSync(join(outDir, "en/accessibility/index.html"))).toBe(true);
  });
});
