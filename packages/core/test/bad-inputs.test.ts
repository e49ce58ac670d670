import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { catalogue } from "../src/diagnostics/catalogue.ts";
import { inLanguage, openCorpus } from "../src/index.ts";
import { MAX_FILE_BYTES } from "../src/load/source-file.ts";
import { corpusWithOverlay, fixturesDir } from "./helpers/fixtures.ts";

const badDir = join(fixturesDir, "bad");
const fixtures = readdirSync(badDir).sort();
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function corpus(overlay?: string) {
  const made = corpusWithOverlay(overlay);
  cleanups.push(made.cleanup);
  return made.root;
}

describe("the base fixture", () => {
  it("is a valid corpus with no problems", async () => {
    const loaded = await openCorpus(corpus());
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.subjects).toHaveLength(2);
  });
});

describe("one bad-input fixture per diagnostic code", () => {
  it.each(fixtures)("%s is reported at its file, line and column", async (code) => {
    const expected = JSON.parse(readFileSync(join(badDir, code, "expect.json"), "utf8"));
    const loaded = await openCorpus(corpus(join(badDir, code)));
    const found = loaded.diagnostics.filter((d) => d.code === code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map(({ file, line, column }) => ({ code, file, line, column }))).toContainEqual(
      expected,
    );
    for (const d of found) {
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.hint.length).toBeGreaterThan(10);
      // Every problem is told in Swedish too, not the English words again.
      expect(d.sv.message).not.toBe(d.message);
      expect(d.sv.hint).not.toBe(d.hint);
      expect(d.severity).toBe(catalogue[code as keyof typeof catalogue].severity);
    }
  });

  it("gives a reader one language, related places included", async () => {
    const loaded = await openCorpus(corpus(join(badDir, "stance-duplicate")));
    const found = loaded.diagnostics.find((d) => d.code === "stance-duplicate");
    if (!found) throw new Error("no stance-duplicate diagnostic");
    const swedish = inLanguage(found, "sv");
    const english = inLanguage(found, "en");
    expect(swedish).not.toHaveProperty("sv");
    expect(swedish.message).toBe("Avsnittet anger sitt ställningstagande två gånger");
    expect(swedish.related?.[0]?.message).toBe("Ställningstagandet anges först här");
    expect(english.related?.[0]?.message).toBe("The stance is first stated here");
    expect({ ...english, related: undefined }).toEqual({
      ...found,
      sv: undefined,
      related: undefined,
    });
  });

  it("has a Swedish title and hint for every code", () => {
    for (const entry of Object.values(catalogue)) {
      expect(entry.title.sv).not.toBe(entry.title.en);
      expect(entry.hint.sv).not.toBe(entry.hint.en);
      expect(entry.title.sv).toMatch(/\S/);
    }
  });

  it("covers every code in the catalogue", () => {
    const generatedInTests = [
      "file-unreadable",
      "file-too-large",
      "file-not-regular",
      "file-link-outside",
      "file-link-loop",
      "folder-link",
    ];
    expect([...fixtures, ...generatedInTests].sort()).toEqual(Object.keys(catalogue).sort());
  });
});

describe("files that cannot be kept as fixtures", () => {
  it("a file that cannot be read (a dangling symlink) is reported, not thrown", async () => {
    const root = corpus();
    symlinkSync(join(root, "nowhere.md"), join(root, "responses/testkommun/SN-2024-99.md"));
    const loaded = await openCorpus(root);
    expect(loaded.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "file-unreadable",
        file: "responses/testkommun/SN-2024-99.md",
        line: 1,
        column: 1,
      }),
    );
  });

  it("a link that leaves the corpus is named, and what it points at is not read", async () => {
    const root = corpus();
    const outside = corpus();
    symlinkSync(
      join(outside, "responses/testkommun/SN-2024-10.md"),
      join(root, "responses/testkommun/SN-2024-11.md"),
    );
    symlinkSync("/dev/zero", join(root, "responses/testkommun/SN-2024-12.md"));
    const loaded = await openCorpus(root);
    const places = loaded.diagnostics.map((d) => `${d.code} ${d.file} ${d.line}:${d.column}`);
    expect(places).toContain("file-link-outside responses/testkommun/SN-2024-11.md 1:1");
    expect(places).toContain("file-link-outside responses/testkommun/SN-2024-12.md 1:1");
    expect(loaded.loaded.responses.map((r) => r.file)).toEqual([
      "responses/testkommun/SN-2024-10.md",
    ]);
  });

  it("links that go round in a circle are named, and the walk ends", async () => {
    const root = corpus();
    symlinkSync("b.md", join(root, "responses/testkommun/a.md"));
    symlinkSync("a.md", join(root, "responses/testkommun/b.md"));
    const loaded = await openCorpus(root);
    expect(
      loaded.diagnostics.filter((d) => d.code === "file-link-loop").map((d) => d.file),
    ).toEqual(["responses/testkommun/a.md", "responses/testkommun/b.md"]);
  });

  it("a linked organisation folder is named, not read and not skipped in silence", async () => {
    const root = corpus();
    const elsewhere = corpus();
    symlinkSync(join(elsewhere, "responses/testkommun"), join(root, "responses/annan"));
    symlinkSync("..", join(root, "audits/testkommun/upp"));
    const loaded = await openCorpus(root);
    expect(loaded.diagnostics.filter((d) => d.code === "folder-link").map((d) => d.file)).toEqual([
      "audits/testkommun/upp",
      "responses/annan",
    ]);
    expect(loaded.loaded.responses).toHaveLength(1);
  });

  it.skipIf(process.platform === "win32")(
    "a named pipe is refused without being opened",
    async () => {
      const root = corpus();
      execFileSync("mkfifo", [join(root, "responses/testkommun/SN-2024-11.md")]);
      // Opening the pipe for reading would wait for a writer for ever; the check must not.
      const loaded = await openCorpus(root);
      expect(loaded.diagnostics).toContainEqual(
        expect.objectContaining({
          code: "file-not-regular",
          file: "responses/testkommun/SN-2024-11.md",
          line: 1,
          column: 1,
        }),
      );
    },
  );

  it("a file over the size limit is refused before it is parsed", async () => {
    const root = corpus();
    const file = join(root, "responses/testkommun/SN-2024-10.md");
    const big = `${readFileSync(file, "utf8")}\n${"Mycket lång text. ".repeat(Math.ceil(MAX_FILE_BYTES / 16))}`;
    writeFileSync(file, big);
    const loaded = await openCorpus(root);
    expect(loaded.diagnostics).toContainEqual(
      expect.objectContaining({ code: "file-too-large", line: 1, column: 1 }),
    );
  });
});
