import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.ts";
import { buildSite } from "../helpers/site-build.ts";

/** Every file of a built site, by its path in it. */
function filesOf(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(folder.length + 1), readFileSync(path));
  }
  return files;
}

/** The pages Astro took from its build cache, as its log names them. */
function reusedPages(log: string): string[] {
  return [...log.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1] ?? "");
}

const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

describe("an incremental site build", () => {
  it("after an edit, builds only the edited document's pages again and equals a full build", async () => {
    const corpus = mkdtempSync(join(tmpdir(), "sparbar-incremental-"));
    mkdirSync(join(repoRoot, ".cache"), { recursive: true });
    const cache = mkdtempSync(join(repoRoot, ".cache", "build-cache-"));
    made.push(corpus, cache);
    for (const folder of ["audits", "responses"]) {
      cpSync(join(repoRoot, folder), join(corpus, folder), { recursive: true });
    }
    const asOf = "2026-11-22";
    // A shard of the search index per organisation: Örebro's is taken from the cache.
    const shards = { SPARBAR_SEARCH_SHARD_PAGES: "1" };
    const cached = { ...shards, SPARBAR_BUILD_CACHE: cache };
    const first = await buildSite(corpus, asOf, cached);
    made.push(first.outDir);
    expect(first.code, first.output).toBe(0);
    expect(reusedPages(first.output)).toEqual([]);
    expect(first.output).toContain("2 indexed and 0 as they were");

    // A measure's date moves: its response, its audit and recommendation, the organisation's
    // pages and the pages across the corpus change; Örebro's pages do not. A response with no
    // document linked to it is deleted: its pages must go from the folder built over.
    const response = join(corpus, "responses/malmo/ASN-2024-2039.md");
    const before = readFileSync(response, "utf8");
    const after = before.replace(
      "återrapporteras till nämnden — i januari 2025",
      "återrapporteras till nämnden — i juni 2025",
    );
    expect(after).not.toBe(before);
    writeFileSync(response, after);
    const deleted = "asn-2022-12-15-aterrapportering-stk-2019-76";
    rmSync(join(corpus, `responses/malmo/${deleted}.md`));
    expect(filesOf(first.outDir).has(`malmo/svar/${deleted}/index.html`)).toBe(true);

    // Örebro's search shard (the second: shards follow the organisations' order).
    const orebroShard = () => statSync(join(first.outDir, "pagefind-2", "pagefind-entry.json"));
    const orebroBefore = orebroShard();
    // Each organisation's part of the corpus-wide downloads, as the first build kept it.
    const part = (download: string, organisation: string) =>
      statSync(
        join(
          cache,
          "download-parts",
          createHash("sha1").update(`${download}\n${organisation}`).digest("hex"),
        ),
      );
    const downloads = ["json", "csv sv", "csv en", "calendar sv", "calendar en"];
    const partsBefore = downloads.map((d) => [part(d, "orebro").mtimeMs, part(d, "malmo").mtimeMs]);

    // Built again over the first build's folder, as the next `pnpm build` with the cache is.
    const incremental = await buildSite(corpus, asOf, { ...cached, SPARBAR_OUT_DIR: first.outDir });
    const full = await buildSite(corpus, asOf, shards);
    made.push(full.outDir);
    expect(incremental.code, incremental.output).toBe(0);
    expect(full.code, full.output).toBe(0);

    // Pages taken from the cache were left where they were, not copied back.
    expect(incremental.output).toMatch(/├─ \/orebro\/index\.html \(cached\)/);
    expect(incremental.output).not.toContain("(restored)");
    expect(incremental.output).toMatch(/\d+ file\(s\) no longer built were removed/);
    const reused = reusedPages(incremental.output);
    expect(reused).toContain("/orebro/index.html");
    expect(reused).toContain("/en/orebro/audit/granskning-hrv-2025/index.html");
    expect(reused.filter((page) => page.includes("/malmo/"))).not.toContain(
      "/malmo/svar/ASN-2024-2039/index.html",
    );
    expect(reused.some((page) => /\/malmo\/(granskning|svar)\/SR-2023-81\//.test(page))).toBe(
      false,
    );
    expect(reusedPages(full.output)).toEqual([]);
    expect(incremental.output).toContain("1 indexed and 1 as they were");
    // The unchanged shard was left where it was, not copied again.
    expect(orebroShard().ino).toBe(orebroBefore.ino);
    expect(orebroShard().mtimeMs).toBe(orebroBefore.mtimeMs);
    // Örebro's parts of the downloads were taken as kept; Malmö's were made again.
    downloads.forEach((download, i) => {
      expect(part(download, "orebro").mtimeMs, download).toBe(partsBefore[i]?.[0]);
      expect(part(download, "malmo").mtimeMs, download).not.toBe(partsBefore[i]?.[1]);
    });

    // Every file, the search index's included, byte for byte.
    const built = filesOf(incremental.outDir);
    expect(built.has(`malmo/svar/${deleted}/index.html`)).toBe(false);
    const reference = filesOf(full.outDir);
    expect([...built.keys()].sort()).toEqual([...reference.keys()].sort());
    const differing = [...reference].filter(([path, bytes]) => !built.get(path)?.equals(bytes));
    expect(differing.map(([path]) => path)).toEqual([]);
  }, 600_000);
});
