import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Corpus } from "../src/corpus.ts";
import { loadSources } from "../src/load/load-corpus.ts";
import { listCorpusFiles } from "../src/load/walk.ts";
import { CorpusView } from "../src/view/corpus-view.ts";
import { repoRoot } from "./helpers/fixtures.ts";
import { baseFiles, baseText, inlineCorpus } from "./helpers/inline-corpus.ts";

const files = await listCorpusFiles(repoRoot);
const seed = new Map(files.map((file) => [file, readFileSync(join(repoRoot, file), "utf8")]));

/** The seed corpus's page keys, with some of its files changed. */
function keysWith(changes: Record<string, (text: string) => string> = {}, asOf = "2026-11-22") {
  const sources = [...seed].map(([file, content]) => ({
    file,
    content: changes[file]?.(content) ?? content,
  }));
  const corpus = new Corpus(loadSources(sources));
  expect(corpus.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const keys = new CorpusView(corpus, asOf).pageKeys();
  return {
    malmo: keys.organisation("malmo"),
    orebro: keys.organisation("orebro"),
    "SR-2023-81": keys.document("malmo", "SR-2023-81"),
    "ASN-2024-2039": keys.document("malmo", "ASN-2024-2039"),
    "STK-2019-76": keys.document("malmo", "STK-2019-76"),
    "fri-fran-vald-2022-2026": keys.document("malmo", "fri-fran-vald-2022-2026"),
    "granskning-hrv-2025": keys.document("orebro", "granskning-hrv-2025"),
  };
}

/** The names whose keys differ between two sets of keys. */
function changed(a: Record<string, string>, b: Record<string, string>): string[] {
  return Object.keys(a).filter((name) => a[name] !== b[name]);
}

describe("page keys", () => {
  const before = keysWith();

  it("are the same for the same corpus, and differ between documents not linked", () => {
    expect(keysWith()).toEqual(before);
    // A response answers its audit: their pages show each other.
    expect(before["ASN-2024-2039"]).toBe(before["SR-2023-81"]);
    expect(before["STK-2019-76"]).not.toBe(before["SR-2023-81"]);
    expect(before.malmo).not.toBe(before.orebro);
  });

  it("change for an edited response's family and organisation, and for nothing else", () => {
    const after = keysWith({
      "responses/malmo/ASN-2024-2039.md": (text) =>
        text.replace("nämnden — i januari 2025", "nämnden — i juni 2025"),
    });
    expect(changed(before, after).sort()).toEqual(["ASN-2024-2039", "SR-2023-81", "malmo"]);
  });

  it("change for all of an organisation's pages when its file changes", () => {
    const after = keysWith({
      "audits/malmo/organisation.yaml": (text) => `${text}\n# En kommentar.\n`,
    });
    expect(changed(before, after).sort()).toEqual([
      "ASN-2024-2039",
      "SR-2023-81",
      "STK-2019-76",
      "fri-fran-vald-2022-2026",
      "malmo",
    ]);
  });

  it("change for an organisation when any of its documents is edited, the first one read too", () => {
    // No response: the base audit is read first and has no family but itself.
    const orgKey = (auditText: string) => {
      const corpus = inlineCorpus({
        [baseFiles.response]: null,
        [baseFiles.audit]: auditText,
        "audits/testkommun/REV-2023-5.md": baseText(baseFiles.audit)
          .replace("id: REV-2024-1", "id: REV-2023-5")
          .replace("date: 2024-02-15", "date: 2023-03-01"),
      });
      return new CorpusView(corpus, "2024-12-31").pageKeys().organisation("testkommun");
    };
    const audit = baseText(baseFiles.audit);
    expect(orgKey(`${audit}\nEn mening till.\n`)).not.toBe(orgKey(audit));
  });

  it("change everywhere with the day the states are taken at", () => {
    expect(changed(before, keysWith({}, "2026-11-23"))).toEqual(Object.keys(before));
  });
});
