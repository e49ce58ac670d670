import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";

let remembered: string | undefined;

/**
 * A fingerprint of the code that reads and checks documents: core's own code (its sources, or
 * its build) and package.json. A cache written by other code, before an upgrade say, is not
 * used, so an unchanged file is never reported with what an older Spårbar made of it.
 *
 * When a bundler has merged core into chunks (the site's build), this module is not in core's
 * tree: the fingerprint is then of every chunk beside it, which bundlers name by content.
 */
export function codeFingerprint(): string {
  if (remembered) return remembered;
  const here = fileURLToPath(import.meta.url);
  const bundled = !existsSync(join(import.meta.dirname, `code-fingerprint${extname(here)}`));
  // The tree this module runs from: src/ as TypeScript, dist/ when built, or the chunks.
  const tree = bundled ? import.meta.dirname : join(import.meta.dirname, "..");
  const hash = createHash("sha1");
  const files = readdirSync(tree, { recursive: true })
    .map(String)
    .filter((file) => /\.(ts|m?js)$/.test(file) && !file.endsWith(".d.ts"))
    .sort();
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(join(tree, file)));
  }
  if (!bundled) hash.update(readFileSync(join(tree, "..", "package.json")));
  remembered = hash.digest("hex").slice(0, 16);
  return remembered;
}
