/**
 * A learned guess of a document's kind, measured against the rules (src/guess-kind.ts): is a
 * text an audit report or a response to one? Logistic regression over hashed words and word
 * pairs of the text's first part, the words of its title lines, and a few features of its
 * layout, trained on the labelled documents' kinds. `pnpm bench:import-kind` scores it part by
 * part, each part by a model trained only on what was written before it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { guessKind } from "../src/guess-kind.ts";
import { readDocument } from "../src/index.ts";
import { withoutMarkup } from "../src/markup.ts";
import { type Example, hash, words } from "./logistic.ts";

const labelledDir = join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "import");

/** A labelled document: its features (positive: a response) and the rules' guess of it. */
export interface KindExample extends Example {
  document: string;
  /** The rules' guess; confidence 0.5 where they weighed fewer than three cues, or a tie. */
  rules: ReturnType<typeof guessKind>;
}

/** How much of the text is read: a title page, a summary, the first recommendations. */
const headWords = 600;

/** A bucket for a count, so that layout features take few values. */
const bucket = (n: number) => (n === 0 ? 0 : Math.min(6, Math.ceil(Math.log2(n + 1))));

/** The features of a text: its first words and pairs, its title's words, its layout. */
export function kindFeatures(text: string): { features: number[]; scale: number } {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const head = words(text.slice(0, 12000)).slice(0, headWords);
  const shown = lines.slice(0, 40);
  const names = [
    "bias",
    ...head.map((w) => `w:${w}`),
    ...head.slice(1).map((w, i) => `b:${head[i]} ${w}`),
    ...lines.slice(0, 3).flatMap((line) =>
      words(line)
        .slice(0, 12)
        .map((w) => `t:${w}`),
    ),
    `lines:${bucket(lines.length)}`,
    `length:${bucket(Math.floor(text.length / 1000))}`,
    `labels:${bucket(shown.filter((line) => /^[^:]{1,40}:/u.test(line)).length)}`,
    `numbered:${bucket(shown.filter((line) => /^\d+(?:\.\d+)*[.)]?\s/u.test(line)).length)}`,
    `rows:${bucket(shown.filter((line) => line.includes("|") || line.includes("\t")).length)}`,
    `questions:${bucket(shown.filter((line) => line.endsWith("?")).length)}`,
  ];
  const features = [...new Set(names.map(hash))];
  return { features, scale: 1 / Math.sqrt(features.length) };
}

/** A labelled document read as the importer reads it, with the rules' guess of its kind. */
export async function kindExample(folder: string): Promise<KindExample | undefined> {
  const dir = join(labelledDir, folder);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as {
    kind: "audit" | "response";
  };
  const source = readdirSync(dir).find((f) => f.startsWith("source.")) ?? "";
  const read = await readDocument(source, readFileSync(join(dir, source)));
  if (!read.ok) return undefined;
  const text = withoutMarkup(read.text);
  const rules = guessKind(text);
  return {
    document: folder,
    positive: expected.kind === "response",
    ...kindFeatures(text),
    rules,
  };
}
