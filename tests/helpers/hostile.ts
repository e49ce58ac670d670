import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { repoRoot } from "./cli.ts";

/** One file of the hostile corpus, and what checking it must give. */
export interface HostileCase {
  /** The file, under tests/fixtures/hostile. */
  fixture: string;
  /** Where it goes in the corpus. */
  as: string;
  about: string;
  /** Every problem with that file: `code line:column`. */
  expect: string[];
}

export const hostileDir = join(repoRoot, "tests/fixtures/hostile");
const baseCorpus = join(repoRoot, "packages/core/test/fixtures/base");

export const hostileCases = JSON.parse(
  readFileSync(join(hostileDir, "cases.json"), "utf8"),
) as HostileCase[];

/** The bytes of a hostile file. */
export function hostileBytes(c: HostileCase): Buffer {
  return readFileSync(join(hostileDir, c.fixture));
}

/** A copy of the base corpus at `root` with one hostile file put in place. */
export function corpusWith(c: HostileCase, root: string): string {
  cpSync(baseCorpus, root, { recursive: true });
  mkdirSync(dirname(join(root, c.as)), { recursive: true });
  writeFileSync(join(root, c.as), hostileBytes(c));
  return root;
}
