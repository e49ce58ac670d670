// `pnpm bench:search --site FOLDER`: what a search costs a reader of a built site, in Debian's
// chromium. For each word, a fresh page of `/sok/` types it and waits for the first result:
// the time from typing to the first result, and the requests and bytes the search fetched
// (Pagefind's files only, after the page and its scripts had loaded). A site whose index is in
// many shards fetches more files per search; this shows how many and how long it takes.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { serveStatic } from "../tests/helpers/static-server.ts";
import { scriptArgs } from "./args.ts";
import { median } from "./measure.ts";

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    site: { type: "string" },
    // Words a reader of the generated corpus might look for; each is searched `rounds` times.
    words: { type: "string", default: "kommunstyrelsen,internkontroll,upphandling,rutiner" },
    rounds: { type: "string", default: "3" },
  },
});

const site = values.site ? resolve(values.site) : "";
if (!existsSync(join(site, "pagefind", "pagefind-entry.json"))) {
  console.error("Name a built site with its search index: pnpm bench:search --site FOLDER");
  process.exit(1);
}

const server = await serveStatic(site);
const browser = await launchBrowser();
const rows: { word: string; ms: number[]; requests: number; kb: number; message: string }[] = [];
try {
  for (const word of values.words.split(",")) {
    const row = { word, ms: [] as number[], requests: 0, kb: 0, message: "" };
    for (let round = 0; round < Number(values.rounds); round++) {
      // A new context each time: nothing from an earlier search is in the browser's cache.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/sok/`, { waitUntil: "networkidle" });
      let requests = 0;
      let bytes = 0;
      page.on("response", async (response) => {
        if (!/\/pagefind(-\d+)?\//.test(new URL(response.url()).pathname)) return;
        requests++;
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
      });
      const started = performance.now();
      await page.fill("#sok input", word);
      await page.waitForSelector(".pagefind-ui__result-link", { timeout: 60_000 });
      row.ms.push(performance.now() - started);
      await page.waitForLoadState("networkidle");
      row.requests = requests;
      row.kb = bytes / 1024;
      // Pagefind's own line, with how many pages were found.
      row.message = (await page.locator(".pagefind-ui__message").textContent())?.trim() ?? "";
      await context.close();
    }
    rows.push(row);
    console.log(
      `${word}: first result after ${median(row.ms).toFixed(0)} ms (median of ${row.ms.length}); ${row.requests} requests, ${row.kb.toFixed(0)} KB; "${row.message}"`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `Median over the words: ${median(rows.map((r) => median(r.ms))).toFixed(0)} ms to the first result, ${median(rows.map((r) => r.requests))} requests, ${median(rows.map((r) => r.kb)).toFixed(0)} KB`,
);
