import { describe, expect, it } from "vitest";
import { pageFrame } from "../src/lib/page-frame.ts";

const base = {
  lang: "en" as const,
  title: "Överförmyndarnämnden <x>",
  titleLang: "sv" as const,
  description: 'A body "quoted" & more',
  path: "/en/malmo/body/ofn/",
};

describe("the page frame", () => {
  it("gives every page a description and Open Graph tags, escaped", () => {
    const frame = pageFrame({ ...base, address: (p) => p });
    expect(frame.head).toContain(
      '<meta name="description" content="A body &quot;quoted&quot; &amp; more">',
    );
    expect(frame.head).toContain(
      '<meta property="og:title" content="Överförmyndarnämnden &lt;x&gt; – Spårbar">',
    );
    expect(frame.head).toContain('<meta property="og:locale" content="en_GB">');
  });

  it("writes relative addresses without the site's address, and no og:url", () => {
    const frame = pageFrame({ ...base, address: (p) => p });
    expect(frame.head).toContain('<link rel="canonical" href="/en/malmo/body/ofn/">');
    expect(frame.head).toContain('hreflang="sv" href="/malmo/namnd/ofn/"');
    expect(frame.head).not.toContain("og:url");
  });

  it("writes absolute addresses with the site's address", () => {
    const frame = pageFrame({ ...base, address: (p) => `https://www.example.org${p}` });
    expect(frame.head).toContain(
      '<meta property="og:url" content="https://www.example.org/en/malmo/body/ofn/">',
    );
  });

  it("marks a breadcrumb in the other language, and the current menu entry", () => {
    const frame = pageFrame({
      ...base,
      address: (p) => p,
      current: "explore",
      breadcrumbs: [{ href: "/en/malmo/", label: "Malmö stad", lang: "sv" }],
    });
    expect(frame.mainStart).toContain('<a href="/en/malmo/" lang="sv">Malmö stad</a>');
    expect(frame.header).toContain('<a href="/en/explore/" aria-current="page">Explore</a>');
  });

  it("keeps the 404 page out of search engines", () => {
    const frame = pageFrame({ ...base, address: (p) => p, noindex: true, alternate: null });
    expect(frame.head).toContain('<meta name="robots" content="noindex">');
    expect(frame.head).not.toContain("canonical");
  });
});
