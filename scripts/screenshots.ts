// Takes the README's screenshots of the key pages from a built site (run `pnpm build` first):
// `pnpm screenshots`. Uses Debian's chromium through playwright-core, like the browser tests.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { serveStatic } from "../tests/helpers/static-server.ts";

const dist = join(import.meta.dirname, "..", "site", "dist");
if (!existsSync(join(dist, "index.html"))) {
  console.error("No built site in site/dist: run `pnpm build` first.");
  process.exit(1);
}
const desktop = { width: 1100, height: 1300 };
const phone = { width: 360, height: 780 };
const shots = [
  ["/", "oversikt.png", desktop],
  ["/malmo/granskning/SR-2023-81/R4/", "rekommendation.png", desktop],
  ["/malmo/granskning/SR-2023-81/R4/", "rekommendation-mobil.png", phone],
  ["/orebro/granskning/granskning-hrv-2025/", "granskning.png", desktop],
  ["/malmo/svar/ASN-2024-2039/", "svar.png", desktop],
  ["/tidpunkter/", "tidpunkter.png", desktop],
  ["/utforska/?org=malmo&state=measure-passed", "utforska.png", { width: 1100, height: 2100 }],
  ["/malmo/", "organisation.png", desktop],
  ["/en/malmo/", "organisation-en.png", desktop],
] as const;

const server = await serveStatic(dist);
const browser = await launchBrowser();
for (const [path, file, viewport] of shots) {
  const page = await browser.newPage({ viewport });
  await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
  await page.screenshot({ path: join(import.meta.dirname, "..", "docs", "screenshots", file) });
  console.log(`docs/screenshots/${file}`);
  await page.close();
}
await browser.close();
await server.close();
