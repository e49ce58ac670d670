import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let remembered: string | undefined;

/**
 * A fingerprint of the code that finds problems: core's own source files and package.json. A
 * check cache written by other code, before an upgrade say, is not used, so an unchanged file
 * is never reported with what an older Spårbar thought of it.
 */
export function codeFingerprint(): string {
  if (remembered) return remembered;
  const root = join(import.meta.dirname, "..", "..");
  const hash = createHash("sha1");
  const files = readdirSync(join(root, "src"), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".ts"))
    .sort();
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(join(root, "src", file)));
  }
  hash.update(readFileSync(join(root, "package.json")));
  remembered = hash.digest("hex").slice(0, 16);
  return remembered;
}
