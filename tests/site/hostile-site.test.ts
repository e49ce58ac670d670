import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { repoRoot } from "../helpers/cli.ts";
import { buildSite } from "../helpers/site-build.ts";
import { serveStatic } from "../helpers/static-server.ts";

const xss = [
  "<script>alert('titel')</script>",
  '<img src=x onerror="alert(1)">',
  "javascript:alert(1)",
  '"><svg onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
];
const payload = xss.join(" ");

/** The base test corpus with hostile text in every field and body a writer controls. */
function hostileCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), "sparbar-hostile-"));
  cpSync(join(repoRoot, "packages/core/test/fixtures/base"), root, { recursive: true });
  const q = (s: string) => JSON.stringify(s);
  writeFileSync(
    join(root, "audits/testkommun/organisation.yaml"),
    `id: testkommun\nname: ${q(`Testkommun ${payload}`)}\nkind: municipality\nbodies:\n  - id: revisionen\n    name: ${q(`Revisionen ${payload}`)}\n    kind: auditors\n  - id: ks\n    name: ${q(`Kommunstyrelsen ${payload}`)}\n    kind: board\n  - id: sn\n    name: ${q(`Socialnämnden ${payload}`)}\n    kind: committee\n`,
  );
  writeFileSync(
    join(root, "audits/testkommun/REV-2024-1.md"),
    `---
id: REV-2024-1
kind: audit
organisation: testkommun
title: ${q(`Granskning ${payload}`)}
title_en: ${q(`Audit ${payload}`)}
date: 2024-02-15
issued_by: revisionen
firm: ${q(`Byrån ${payload}`)}
audited: [ks, sn]
authors:
  - name: ${q(`Anna ${payload}`)}
    role: ${q(`Revisor ${payload}`)}
questions:
  - id: Q1
    text: ${q(`Fråga ${payload}`)}
    answer: partly
    assessment: ${q(`Bedömning ${payload}`)}
recommendations:
  - id: R1
    to: [sn]
    text: ${q(`Säkerställ ${payload}`)}
  - id: R2
    to: [ks]
    text: ${q(`Följ upp ${payload}`)}
responses_due:
  - from: sn
    by: 2024-05-31
source: ${q(`Källa ${payload}`)}
gaps:
  - ${q(`Lucka ${payload}`)}
---

## Sammanfattning ${payload}

Text med [länk](javascript:alert(1)) och ![bild](https://evil.example/x.png) och <b onclick="alert(1)">fet</b>.

<script>alert("kropp")</script>

<iframe src="https://evil.example"></iframe>
`,
  );
  writeFileSync(
    join(root, "responses/testkommun/SN-2024-10.md"),
    `---
id: SN-2024-10
kind: response
organisation: testkommun
body: sn
to: [revisionen]
answers: [REV-2024-1]
title: ${q(`Yttrande ${payload}`)}
date: 2024-05-20
signatories:
  - name: ${q(`Ordförande ${payload}`)}
gaps:
  - ${q(`Lucka ${payload}`)}
---

## R1 Rubrik ${xss[0]}

Ställningstagande: instämmer

Rapporterat (pågår): ${payload}

<a href="javascript:alert(1)">klicka</a> [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

- [ ] Åtgärd ${xss[1]} ${xss[0]} — senast den 30 september 2024
  Återrapporteras till: sn
`,
  );
  return root;
}

let corpus: string;
let outDir: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  corpus = hostileCorpus();
  const built = await buildSite(corpus, "2024-06-30");
  if (built.code !== 0) throw new Error(`the site did not build:\n${built.output}`);
  outDir = built.outDir;
  server = await serveStatic(outDir);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(corpus, { recursive: true, force: true });
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function pages(): string[] {
  return readdirSync(outDir, { recursive: true })
    .map(String)
    .filter(
      // Search and the explorer have the site's own script and form; the rest have none.
      (f) =>
        f.endsWith(".html") &&
        !f.startsWith("pagefind") &&
        !/^(sok|en\/search|utforska|en\/explore)\/index\.html$/.test(f),
    );
}

describe("a corpus with hostile text in every field", () => {
  it("builds every page, showing the hostile text as text", () => {
    expect(pages().length).toBeGreaterThan(20);
    const html = readFileSync(join(outDir, "testkommun/granskning/REV-2024-1/index.html"), "utf8");
    expect(html).toContain("&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;");
    for (const file of pages())
      expect(readFileSync(join(outDir, file), "utf8"), file).not.toContain("evil.example");
  });

  it("has nothing executable in any page as a browser parses it, and runs nothing", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const outside: string[] = [];
    const found: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on("request", (r) => {
      if (!r.url().startsWith(server.url)) outside.push(r.url());
    });
    for (const file of pages()) {
      await page.goto(`${server.url}/${file.replace(/index\.html$/, "")}`);
      const hits = await page.evaluate(() => {
        const bad: string[] = [];
        for (const el of document.querySelectorAll(
          "script, iframe, img, object, embed, form, svg script, style:not(head style)",
        )) {
          bad.push(el.tagName);
        }
        for (const el of document.querySelectorAll("*")) {
          for (const attr of el.getAttributeNames()) {
            const value = el.getAttribute(attr) ?? "";
            if (/^on/i.test(attr)) bad.push(`${el.tagName}[${attr}]`);
            if (
              /^(href|src|action|formaction)$/i.test(attr) &&
              /^\s*(javascript|data|vbscript):/i.test(value)
            )
              bad.push(`${el.tagName}[${attr}=${value}]`);
          }
        }
        return bad;
      });
      found.push(...hits.map((h) => `${file}: ${h}`));
    }
    await page.close();
    expect(found).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
  }, 120_000);
});
