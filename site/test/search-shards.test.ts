import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { planShards, searchedPages } from "../scripts/index-search.ts";

describe("the search index's shards", () => {
  it("gathers whole organisations, in order, up to the limit of pages", () => {
    const shards = planShards(
      [
        { id: "a", pages: 40 },
        { id: "b", pages: 50 },
        { id: "c", pages: 20 },
        { id: "d", pages: 150 },
        { id: "e", pages: 10 },
      ],
      100,
    );
    expect(shards).toEqual([
      { organisations: ["a", "b"], pages: 90, bundle: "pagefind" },
      { organisations: ["c"], pages: 20, bundle: "pagefind-2" },
      // Larger than the limit: a shard of its own, never split.
      { organisations: ["d"], pages: 150, bundle: "pagefind-3" },
      { organisations: ["e"], pages: 10, bundle: "pagefind-4" },
    ]);
  });

  it("has no shard for no organisation", () => {
    expect(planShards([], 100)).toEqual([]);
  });

  it("searches an organisation's, its audits' and its responses' pages in both languages", () => {
    const site = mkdtempSync(join(tmpdir(), "sparbar-shards-"));
    try {
      for (const page of [
        "malmo/index.html",
        "malmo/granskning/REV-2/index.html",
        "malmo/granskning/REV-1/index.html",
        "malmo/granskning/REV-1/R1/index.html",
        "malmo/svar/KS-1/index.html",
        "malmo/namnd/ks/index.html",
        "en/malmo/index.html",
        "en/malmo/audit/REV-1/index.html",
        "orebro/index.html",
      ]) {
        mkdirSync(dirname(join(site, page)), { recursive: true });
        writeFileSync(join(site, page), page);
      }
      // A folder without a page is not a document's.
      mkdirSync(join(site, "malmo/svar/tom"), { recursive: true });
      expect(searchedPages(site, "malmo")).toEqual([
        "malmo/index.html",
        "malmo/granskning/REV-1/index.html",
        "malmo/granskning/REV-2/index.html",
        "malmo/svar/KS-1/index.html",
        "en/malmo/index.html",
        "en/malmo/audit/REV-1/index.html",
      ]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
