// A check that reads only what changed must find exactly what a check from scratch finds.
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCorpus, listCorpusFiles } from "@sparbar/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate-corpus.ts";

const repo = join(import.meta.dirname, "../..");
let work: string;
let pristine: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "sparbar-incremental-"));
  pristine = join(work, "pristine");
  // Six small organisations, so that one organisation is well under the share of the corpus
  // above which a check starts from scratch anyway, plus the real seed documents.
  writeCorpus(pristine, { organisations: 6, years: 1, auditsPerYear: 2, firstYear: 2020, seed: 3 });
  for (const top of ["audits", "responses"]) {
    for (const org of readdirSync(join(repo, top)))
      cpSync(join(repo, top, org), join(pristine, top, org), { recursive: true });
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file's modification time moves forward by a second per edit: no two edits share one. */
let clock = 1_700_000_000;

function write(root: string, file: string, text: string) {
  writeFileSync(join(root, file), text);
  clock += 1;
  utimesSync(join(root, file), clock, clock);
}

type Edit = (root: string, files: string[], pick: number) => void;

/** Rewrites part of a file, as an editor would save it. */
function replaceIn(root: string, file: string | undefined, pattern: RegExp, replacement: string) {
  if (file) write(root, file, readFileSync(join(root, file), "utf8").replace(pattern, replacement));
}

const pickFrom = (files: string[], pick: number, filter: (f: string) => boolean) => {
  const matching = files.filter(filter);
  return matching.length > 0 ? matching[pick % matching.length] : undefined;
};

const isResponse = (f: string) => f.startsWith("responses/");
const isAudit = (f: string) => f.startsWith("audits/") && f.endsWith(".md");
const isOrganisation = (f: string) => f.endsWith("organisation.yaml");

/** Edits a secretary or an auditor makes, and some mistakes. */
const edits: Record<string, Edit> = {
  appendToBody(root, files, pick) {
    const file = files[pick % files.length] as string;
    if (isOrganisation(file)) return;
    write(root, file, `${readFileSync(join(root, file), "utf8")}\nEtt stycke till.\n`);
  },
  answerUnknownAudit(root, files, pick) {
    replaceIn(
      root,
      pickFrom(files, pick, isResponse),
      /^answers: \[[^\]]*\]/m,
      "answers: [REV-1999-9]",
    );
  },
  renameRecommendation(root, files, pick) {
    replaceIn(root, pickFrom(files, pick, isAudit), /- id: R1\b/, "- id: R91");
  },
  renameBody(root, files, pick) {
    replaceIn(root, pickFrom(files, pick, isOrganisation), /- id: ([a-z-]+namnden)/, "- id: $1-ny");
  },
  breakFrontMatter(root, files, pick) {
    replaceIn(
      root,
      pickFrom(files, pick, (f) => f.endsWith(".md")),
      /\n---\n/,
      "\n",
    );
  },
  remove(root, files, pick) {
    const file = files[pick % files.length];
    if (file) unlinkSync(join(root, file));
  },
  copyUnderNewName(root, files, pick) {
    const file = pickFrom(files, pick, (f) => f.endsWith(".md"));
    if (file)
      write(root, file.replace(/\.md$/, "-kopia.md"), readFileSync(join(root, file), "utf8"));
  },
  saveUnchanged(root, files, pick) {
    const file = files[pick % files.length] as string;
    write(root, file, readFileSync(join(root, file), "utf8"));
  },
  restore(root, files, pick) {
    const file = files[pick % files.length] as string;
    write(root, file, readFileSync(join(pristine, file), "utf8"));
  },
};

let runs = 0;
function freshCopy(): { root: string; cacheFile: string } {
  const root = join(work, `run-${++runs}`);
  cpSync(pristine, root, { recursive: true });
  return { root, cacheFile: join(root, ".cache", "check.json") };
}

describe("sparbar check with a cache", () => {
  it("finds after any series of edits exactly what a check from scratch finds", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(edits)), fc.nat()), {
          minLength: 1,
          maxLength: 4,
        }),
        async (steps) => {
          const { root, cacheFile } = freshCopy();
          await checkCorpus(root, { cacheFile });
          for (const [name, pick] of steps) {
            const files = await listCorpusFiles(root);
            edits[name]?.(root, files, pick);
            const incremental = await checkCorpus(root, { cacheFile });
            const full = await checkCorpus(root);
            expect(incremental.files).toBe(full.files);
            expect(incremental.diagnostics).toEqual(full.diagnostics);
          }
          rmSync(root, { recursive: true, force: true });
        },
      ),
      { numRuns: 10 },
    );
    // Each run checks up to nine times; the limit is there to catch a hang, not a busy machine.
  }, 400_000);

  it("reads again only the edited file and the files around it", async () => {
    const { root, cacheFile } = freshCopy();
    const first = await checkCorpus(root, { cacheFile });
    expect(first.parsed).toBe(first.files);
    expect(first.diagnostics).toEqual([]);

    const file = "responses/malmo/ASN-2024-2039.md";
    write(
      root,
      file,
      readFileSync(join(root, file), "utf8").replace(
        "Ställningstagande: instämmer delvis",
        "Ställningstagande: kanske",
      ),
    );
    const after = await checkCorpus(root, { cacheFile });
    expect(after.parsed).toBeLessThan(10);
    expect(after.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(
      (await checkCorpus(root)).diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`),
    );
    expect(after.diagnostics.some((d) => d.file === file && d.code === "stance-unknown")).toBe(
      true,
    );

    // Saved again without a change: nothing is read again.
    write(root, file, readFileSync(join(root, file), "utf8"));
    expect((await checkCorpus(root, { cacheFile })).parsed).toBe(0);
  });

  it("compares the bytes of a file edited around the time of the last check", async () => {
    const { root, cacheFile } = freshCopy();
    const file = "responses/malmo/ASN-2024-2039.md";
    const now = Date.now() / 1000;
    utimesSync(join(root, file), now, now);
    await checkCorpus(root, { cacheFile });
    // Same size, same time: only the bytes tell that the stance changed.
    const text = readFileSync(join(root, file), "utf8");
    writeFileSync(
      join(root, file),
      text.replace("Ställningstagande: instämmer delvis", "Ställningstagande: xnstämmer delvis"),
    );
    utimesSync(join(root, file), now, now);
    const after = await checkCorpus(root, { cacheFile });
    expect(after.diagnostics.some((d) => d.file === file && d.code === "stance-unknown")).toBe(
      true,
    );
  });

  it("sees an edit that keeps a file's size and time, and checks what depends on it", async () => {
    const { root, cacheFile } = freshCopy();
    const audit = "audits/malmo/SR-2023-81.md";
    // Long before the check: outside the window in which file times are not trusted.
    const long = new Date("2020-01-01T00:00:00Z");
    utimesSync(join(root, audit), long, long);
    expect((await checkCorpus(root, { cacheFile })).diagnostics).toEqual([]);
    const text = readFileSync(join(root, audit), "utf8");
    const edited = text.replace("- id: R1\n", "- id: R9\n");
    expect(edited.length).toBe(text.length);
    writeFileSync(join(root, audit), edited);
    utimesSync(join(root, audit), long, long);
    const after = await checkCorpus(root, { cacheFile });
    expect(after.diagnostics).toEqual((await checkCorpus(root)).diagnostics);
    // The responses that answer R1 of that audit are checked again too.
    expect(
      after.diagnostics.some(
        (d) => d.file.startsWith("responses/malmo/") && d.code === "section-unknown-recommendation",
      ),
    ).toBe(true);
  });

  it("ignores a damaged cache with a note, and writes a good one", async () => {
    const { root, cacheFile } = freshCopy();
    await checkCorpus(root, { cacheFile });
    const written = JSON.parse(readFileSync(cacheFile, "utf8"));
    for (const damage of [
      { ...written, entries: null },
      { ...written, entries: { "audits/x.md": { size: "many" } } },
      { ...written, startedMs: "i går" },
    ]) {
      writeFileSync(cacheFile, JSON.stringify(damage));
      const again = await checkCorpus(root, { cacheFile });
      expect(again.parsed).toBe(again.files);
      expect(again.diagnostics).toEqual([]);
      expect(again.cacheNote?.en).toContain("could not be read, so every file was read again");
      expect((await checkCorpus(root, { cacheFile })).cacheNote).toBeUndefined();
    }
  });

  it("starts from scratch when the cache is unreadable or from another version", async () => {
    const { root, cacheFile } = freshCopy();
    await checkCorpus(root, { cacheFile });
    writeFileSync(cacheFile, "{ not json");
    const again = await checkCorpus(root, { cacheFile });
    expect(again.parsed).toBe(again.files);
    writeFileSync(cacheFile, JSON.stringify({ version: "sparbar-check-0", entries: {} }));
    expect((await checkCorpus(root, { cacheFile })).parsed).toBe(again.files);
  });
});
