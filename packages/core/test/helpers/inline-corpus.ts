import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Corpus } from "../../src/index.ts";
import { loadSources } from "../../src/load/load-corpus.ts";
import type { Subject } from "../../src/status/subjects.ts";
import { fixturesDir } from "./fixtures.ts";

export const baseFiles = {
  organisation: "audits/testkommun/organisation.yaml",
  audit: "audits/testkommun/REV-2024-1.md",
  response: "responses/testkommun/SN-2024-10.md",
} as const;

export function baseText(path: string): string {
  return readFileSync(join(fixturesDir, "base", path), "utf8");
}

/** A corpus from the base fixture with some files replaced or added, all in memory. */
export function inlineCorpus(files: Record<string, string | null> = {}): Corpus {
  const all: Record<string, string | null> = {
    [baseFiles.organisation]: baseText(baseFiles.organisation),
    [baseFiles.audit]: baseText(baseFiles.audit),
    [baseFiles.response]: baseText(baseFiles.response),
    ...files,
  };
  return new Corpus(
    loadSources(
      Object.entries(all)
        .filter((entry): entry is [string, string] => entry[1] !== null)
        .map(([file, content]) => ({ file, content })),
    ),
  );
}

/** A response file for the base audit, with a body written by the test. */
export function responseFile(body: string, frontMatter: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    id: "SN-2024-10",
    kind: "response",
    organisation: "testkommun",
    body: "sn",
    to: "[revisionen]",
    answers: "[REV-2024-1]",
    title: "Yttrande",
    date: "2024-05-20",
    ...frontMatter,
  };
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n---\n\n${body}`;
}

/** The subject with this key (`organisation/audit/item@body`), which the test expects to exist. */
export function subjectOf(corpus: Corpus, key: string): Subject {
  const found = corpus.subject(key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}
