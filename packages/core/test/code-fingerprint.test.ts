import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const core = join(import.meta.dirname, "..");
let copies: string[] = [];
afterEach(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  copies = [];
});

/** The fingerprint of a copy of core's code, read by a fresh instance of the module. */
async function fingerprintOf(root: string, instance: string): Promise<string> {
  const url = pathToFileURL(join(root, "src", "load", "code-fingerprint.ts"));
  url.search = instance;
  const module = (await import(url.href)) as { codeFingerprint(): string };
  return module.codeFingerprint();
}

describe("the fingerprint a check cache carries", () => {
  it("stays the same for the same code and changes when any source file changes", async () => {
    const root = mkdtempSync(join(tmpdir(), "sparbar-code-"));
    copies.push(root);
    cpSync(join(core, "src"), join(root, "src"), { recursive: true });
    cpSync(join(core, "package.json"), join(root, "package.json"));
    const first = await fingerprintOf(root, "?first");
    expect(await fingerprintOf(root, "?again")).toBe(first);
    appendFileSync(join(root, "src", "periods", "words.ts"), "\n// a change\n");
    expect(await fingerprintOf(root, "?changed")).not.toBe(first);
  });
});
