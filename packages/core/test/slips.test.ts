// The slips people make when they type, paste from Word, Outlook, Excel or a PDF: each is read
// exactly or refused where it stands, with what the writer probably meant.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openCorpus } from "../src/index.ts";
import { corpusWithOverlay, fixturesDir } from "./helpers/fixtures.ts";

const slipsDir = join(fixturesDir, "slips");
const slips = readdirSync(slipsDir).sort();
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

interface Expected {
  code: string;
  file: string;
  line: number;
  column: number;
  /** What the writer probably meant, exactly as the diagnostic suggests it. */
  suggestion?: string;
  /** Words the message must hold where there is nothing to suggest. */
  message?: string;
}

describe("slips people make, each with its code, place and suggestion", () => {
  it("has a fixture for at least thirty of them", () => {
    expect(slips.length).toBeGreaterThanOrEqual(30);
  });

  it.each(slips)("%s", async (name) => {
    const expected = JSON.parse(
      readFileSync(join(slipsDir, name, "expect.json"), "utf8"),
    ) as Expected;
    const made = corpusWithOverlay(join(slipsDir, name));
    cleanups.push(made.cleanup);
    const loaded = await openCorpus(made.root);
    const found = loaded.diagnostics.find(
      (d) =>
        d.code === expected.code &&
        d.file === expected.file &&
        d.line === expected.line &&
        d.column === expected.column,
    );
    const seen = loaded.diagnostics.map(
      (d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`,
    );
    expect(found, seen.join("\n")).toBeDefined();
    if (!found) return;
    if (expected.suggestion !== undefined) {
      expect(found.suggestions).toContain(expected.suggestion);
      // The reader sees the suggestion in the message, in both languages.
      expect(found.message).toContain(expected.suggestion);
      expect(found.sv.message).toContain(expected.suggestion);
    }
    if (expected.message !== undefined) expect(found.message).toContain(expected.message);
    expect(expected.suggestion ?? expected.message).toBeDefined();
  });
});
