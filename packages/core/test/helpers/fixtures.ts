import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const fixturesDir = join(import.meta.dirname, "..", "fixtures");
export const repoRoot = join(import.meta.dirname, "..", "..", "..", "..");

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((entry) => statSync(join(dir, entry)).isFile());
}

/**
 * A temporary corpus: the base fixture with an overlay folder's files on top. A file named
 * `<path>.removed` in the overlay removes `<path>` from the base.
 */
export function corpusWithOverlay(overlay?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), "sparbar-fixture-"));
  cpSync(join(fixturesDir, "base"), root, { recursive: true });
  if (overlay) {
    for (const entry of walk(overlay)) {
      if (entry === "expect.json") continue;
      if (entry.endsWith(".removed")) rmSync(join(root, entry.slice(0, -".removed".length)));
      else cpSync(join(overlay, entry), join(root, entry));
    }
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
