import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderInlineMarkdown, renderMarkdown } from "../src/render/index.ts";
import * as renderer from "../src/render/markdown-html.ts";

const payloads = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "[klicka](javascript:alert(1))",
  "[klicka](JaVaScRiPt:alert(1))",
  "[klicka](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![bild](https://evil.example/x.png)",
  '<a href="javascript:alert(1)">x</a>',
  "<iframe src=https://evil.example></iframe>",
  '<div onclick="alert(1)">x</div>',
  "<svg><script>alert(1)</script></svg>",
  "<style>body{display:none}</style>",
  "[x](vbscript:msgbox(1))",
  "<a href='&#106;avascript:alert(1)'>x</a>",
  "[x](&#106;avascript:alert(1))",
  '<form action="https://evil.example"><input name=a></form>',
  "<meta http-equiv=refresh content='0;url=https://evil.example'>",
];

/** Nothing that runs or fetches: the checks an XSS reviewer makes on rendered output. */
function assertInert(html: string) {
  expect(html).not.toMatch(/<script|<iframe|<img|<svg|<style|<form|<meta|<object|<embed/i);
  // Inside tags only: text may well say "onclick=" once escaped.
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<[^>]*(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
  expect(html).not.toMatch(/https:\/\/evil\.example\/x\.png/);
}

describe("renderMarkdown", () => {
  it("renders the Markdown of the documents: headings, emphasis, lists, task lists, tables", () => {
    const html = renderMarkdown(
      "## Rubrik\n\n*kursiv* och **fet**\n\n- [ ] åtgärd\n- [x] klar\n\n| a | b |\n| - | - |\n| 1 | 2 |\n",
    );
    expect(html).toContain("<h2>Rubrik</h2>");
    expect(html).toContain("<em>kursiv</em>");
    expect(html).toContain("<strong>fet</strong>");
    expect(html).not.toContain("<input");
    expect(html).toContain('<span class="visually-hidden">Genomförd: </span>');
    expect(html).toContain('<span class="visually-hidden">Inte genomförd: </span>');
    expect(html).toContain("<table>");
  });

  it("shifts headings under the page's own", () => {
    expect(renderMarkdown("## Sammanfattning", { headingShift: 1 })).toBe(
      "<h3>Sammanfattning</h3>",
    );
  });

  it("keeps safe links", () => {
    expect(renderMarkdown("[Malmö stad](https://malmo.se)")).toContain('href="https://malmo.se"');
    expect(renderMarkdown("[e-post](mailto:a@b.se)")).toContain('href="mailto:a@b.se"');
  });

  it.each(payloads)("leaves nothing executable of %s", (payload) => {
    assertInert(renderMarkdown(payload));
    assertInert(renderMarkdown(`Text före\n\n${payload}\n\nText efter`));
    assertInert(renderInlineMarkdown(payload));
  });

  it("never lets markup through from arbitrary text (property)", () => {
    const fragment = fc.constantFrom(
      ...payloads,
      "<",
      ">",
      '"',
      "'",
      "[",
      "](",
      ")",
      "javascript:",
      " on",
      "=",
      "*",
      "\n\n",
      "text",
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        assertInert(renderMarkdown(parts.join("")));
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("renders hostile nesting as plain text in bounded time", () => {
    const html = renderMarkdown(`${"> ".repeat(5000)}x`);
    expect(html.startsWith("<p>")).toBe(true);
  });
});

describe("bodies rendered while loading", () => {
  it("give the same HTML as rendering the Markdown afresh, for every seed document", async () => {
    const { listCorpusFiles, loadSource } = await import("../src/index.ts");
    const { bodyHtmlOptions } = await import("../src/render/markdown-html.ts");
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const root = join(import.meta.dirname, "../../..");
    let rendered = 0;
    for (const file of await listCorpusFiles(root)) {
      const document = loadSource(file, readFileSync(join(root, file)), undefined, {
        html: renderer,
      }).document;
      if (!document || document.type === "organisation") continue;
      expect(document.html).toBe(
        renderMarkdown(document.body, bodyHtmlOptions(document.data.language)),
      );
      rendered++;
    }
    expect(rendered).toBe(11);
  });

  it("are as safe as any other: every payload is removed", async () => {
    const { loadSource } = await import("../src/index.ts");
    const { baseFiles, baseText, responseFile } = await import("./helpers/inline-corpus.ts");
    const body = `## Sammanfattning\n\n${payloads.join("\n\n")}\n`;
    const audit = loadSource(baseFiles.audit, `${baseText(baseFiles.audit)}\n${body}`, undefined, {
      html: renderer,
    });
    const response = loadSource(baseFiles.response, responseFile(body), undefined, {
      html: renderer,
    });
    for (const { document } of [audit, response]) {
      const html = document && document.type !== "organisation" ? (document.html ?? "") : "";
      expect(html).toMatch(/<h3>Sammanfattning<\/h3>/);
      expect(html).not.toMatch(/<script|onerror|onclick|javascript:|data:text|<iframe|<img/i);
    }
  });
});
