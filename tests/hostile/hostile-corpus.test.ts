// The hostile corpus: files that broke Spårbar once, or that users make by accident. Each is
// placed in a copy of the base corpus and must give exactly the problems cases.json lists,
// each at its line and column, told in both languages.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCorpus } from "@sparbar/core";
import { afterAll, describe, expect, it } from "vitest";
import { corpusWith, hostileCases, hostileDir } from "../helpers/hostile.ts";

const work = mkdtempSync(join(tmpdir(), "sparbar-hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let made = 0;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .filter((file) => file !== "cases.json")
    .sort();
}

describe("the hostile corpus", () => {
  it("has at least a hundred files, each with what it must give", () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(100);
    expect(filesUnder(hostileDir)).toEqual(hostileCases.map((c) => c.fixture).sort());
  });

  it.each(hostileCases)("$fixture: $about", async (c) => {
    const corpus = await openCorpus(corpusWith(c, join(work, `case-${++made}`)));
    const found = corpus.diagnostics.filter((d) => d.file === c.as);
    expect(found.map((d) => `${d.code} ${d.line}:${d.column}`).sort()).toEqual(
      [...c.expect].sort(),
    );
    for (const d of found) {
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.sv.message.length).toBeGreaterThan(10);
      expect(d.hint.length).toBeGreaterThan(10);
    }
  });
});
