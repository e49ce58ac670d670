import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type LoadOptions, loadCorpus } from "../src/load/load-corpus.ts";
import { repoRoot } from "./helpers/fixtures.ts";

let made: string[] = [];
afterEach(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
  made = [];
});

/** A copy of the seed corpus, and a place for its load cache. */
function seedCopy(): { root: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), "sparbar-load-cache-"));
  made.push(root);
  for (const folder of ["audits", "responses"]) {
    cpSync(join(repoRoot, folder), join(root, folder), { recursive: true });
  }
  return { root, cache: join(root, ".cache", "corpus.bin") };
}

/** A load on one thread, and how many files it had to parse. */
async function load(root: string, options: LoadOptions = {}) {
  let parsed = 0;
  const corpus = await loadCorpus(root, {
    parallel: false,
    ...options,
    onProgress: (_done, total) => {
      parsed = total;
    },
  });
  return { corpus, parsed };
}

const response = "responses/malmo/ASN-2024-2039.md";

describe("the load cache", () => {
  it("gives what a load from scratch gives, parsing only the files that changed", async () => {
    const { root, cache } = seedCopy();
    const fresh = await load(root, { cache });
    expect(fresh.parsed).toBeGreaterThan(10);
    expect(fresh.corpus).toEqual((await load(root)).corpus);

    const again = await load(root, { cache });
    expect(again.parsed).toBe(0);
    expect(again.corpus).toEqual(fresh.corpus);

    appendFileSync(join(root, response), "\nEn mening till.\n");
    const edited = await load(root, { cache });
    expect(edited.parsed).toBe(1);
    expect(edited.corpus).toEqual((await load(root)).corpus);
    const body = edited.corpus.responses.find((r) => r.file === response)?.body;
    expect(body).toContain("En mening till.");
  });

  it("forgets a deleted file and reports a new one's problems as a fresh load does", async () => {
    const { root, cache } = seedCopy();
    await load(root, { cache });
    rmSync(join(root, response));
    writeFileSync(join(root, "responses/malmo/trasig.md"), "---\nid: [\n---\n");
    const edited = await load(root, { cache });
    expect(edited.parsed).toBe(1);
    const scratch = await load(root);
    expect(edited.corpus).toEqual(scratch.corpus);
    expect(edited.corpus.responses.some((r) => r.file === response)).toBe(false);
    expect(edited.corpus.diagnostics.some((d) => d.file === "responses/malmo/trasig.md")).toBe(
      true,
    );
    // The deleted file's entry is gone: putting it back parses it again.
    cpSync(join(repoRoot, response), join(root, response));
    expect((await load(root, { cache })).parsed).toBe(1);
  });

  it("is not used for other options, and a damaged cache is loaded around", async () => {
    const { root, cache } = seedCopy();
    const plain = await load(root, { cache });
    const withHtml = await load(root, { cache, renderHtml: true });
    expect(withHtml.parsed).toBe(plain.parsed);
    expect(withHtml.corpus.audits[0]?.html).toBeDefined();

    writeFileSync(cache, "not a cache");
    const damaged = await load(root, { cache });
    expect(damaged.parsed).toBe(plain.parsed);
    expect(damaged.corpus).toEqual(plain.corpus);

    // A cache cut short (a full disk, say) is not trusted for any file.
    const whole = readFileSync(cache);
    writeFileSync(cache, whole.subarray(0, whole.length - 100));
    const cut = await load(root, { cache });
    expect(cut.parsed).toBe(plain.parsed);
    expect(cut.corpus).toEqual(plain.corpus);
  });

  it("gives each result its hash when asked, as a load from scratch does", async () => {
    const { root, cache } = seedCopy();
    await load(root, { cache });
    const hashes = async (options: LoadOptions) => {
      const found = new Map<string, string | undefined>();
      await load(root, { ...options, onLoaded: (file, result) => found.set(file, result.hash) });
      return found;
    };
    const cached = await hashes({ cache, hash: true });
    expect([...cached.values()].every((hash) => /^[0-9a-f]{40}$/.test(hash ?? ""))).toBe(true);
    expect(cached).toEqual(await hashes({ hash: true }));
    expect([...(await hashes({ cache })).values()].every((hash) => hash === undefined)).toBe(true);
  });
});
