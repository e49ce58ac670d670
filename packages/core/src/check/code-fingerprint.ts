import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let remembered: string | undefined;

/**
 * A fingerprint of the code that finds problems: core's own code (its sources, or its build) and package.json. A
 * check cache written by other code, before an upgrade say, is not used, so an unchanged file
 * is never reported with what an older Spårbar thought of it.
 */
export function codeFingerprint(): string {
  if (remembered) return remembered;
  // The tree this module runs from: src/ as TypeScript, or dist/ when built.
  const tree = join(import.meta.dirname, "..");
  const hash = createHash("sha1");
  const files = readdirSync(tree, { recursive: true })
    .map(String)
    .filter((file) => /\.(ts|js)$/.test(file) && !file.endsWith(".d.ts"))
    .sort();
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(join(tree, file)));
  }
  hash.update(readFileSync(join(tree, "..", "package.json")));
  remembered = hash.digest("hex").slice(0, 16);
  return remembered;
}
