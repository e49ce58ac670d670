/**
 * A learned sentence scorer, measured against the rules: is this sentence (or list item, or
 * table cell) of a report one of its recommendations? Logistic regression over hashed words,
 * word pairs and the block's structure (its kind, the heading above it, an intro before it),
 * trained on the development labels only. `pnpm bench:import-scorer` scores it the way each
 * held-back part was scored: trained on what existed before that part, tested on the part.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hashFeature as hash, foldedWords as words } from "../src/hashed-features.ts";
import { readDocument, textBlocks } from "../src/index.ts";
import { type Example, probability } from "./logistic.ts";

const labelledDir = join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "import");

/** A candidate: one sentence, list item or cell of a report, with what stands around it. */
interface Candidate extends Example {
  document: string;
  text: string;
}

export interface LabelledReport {
  document: string;
  candidates: Candidate[];
  /** The labelled recommendations' texts. */
  expected: string[];
}

const ws = (text: string) => text.replace(/\s+/g, " ").trim().replace(/[.;]$/, "");

function featuresOf(text: string, kind: string, heading: string, intro: string): number[] {
  const own = words(text).slice(0, 40);
  const names = [
    "bias",
    `kind:${kind}`,
    `first:${own[0] ?? ""}`,
    `first2:${own.slice(0, 2).join(" ")}`,
    `length:${Math.min(6, Math.floor(own.length / 5))}`,
    ...own.map((w) => `w:${w}`),
    ...own.slice(1).map((w, i) => `b:${own[i]} ${w}`),
    ...words(heading)
      .slice(0, 6)
      .map((w) => `h:${w}`),
    ...words(intro)
      .slice(-8)
      .map((w) => `i:${w}`),
  ];
  return [...new Set(names.map(hash))];
}

/** The sentences of a paragraph, cut where the importer cuts them. */
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?:])\s+(?=[\p{Lu}"»”]|\d+(?:\.\d+)+\s+\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s.split(" ").length >= 3);

/** A report's candidates, each labelled by whether it equals a labelled recommendation. */
export async function labelledReport(folder: string): Promise<LabelledReport | undefined> {
  const dir = join(labelledDir, folder);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as {
    kind: string;
    recommendations?: { text: string }[];
  };
  if (expected.kind !== "audit") return undefined;
  const source = readdirSync(dir).find((f) => f.startsWith("source.")) ?? "";
  const read = await readDocument(source, readFileSync(join(dir, source)));
  if (!read.ok) return undefined;
  const wanted = new Set((expected.recommendations ?? []).map((r) => ws(r.text)));
  const candidates: Candidate[] = [];
  let heading = "";
  let intro = "";
  const add = (text: string, kind: string) => {
    const clean = ws(text);
    if (clean.length < 12) return;
    candidates.push({
      document: folder,
      text: clean,
      features: featuresOf(clean, kind, heading, intro),
      positive: wanted.has(clean),
    });
  };
  for (const block of textBlocks(read.text)) {
    if (block.kind === "heading") {
      heading = block.text;
      intro = "";
      continue;
    }
    if (block.kind === "row") for (const cell of block.cells ?? []) add(cell, "cell");
    else if (block.kind === "item") {
      add(block.text, "item");
      const parts = sentencesOf(block.text);
      if (parts.length > 1) for (const s of parts) add(s, "item-sentence");
    } else
      for (const s of sentencesOf(block.text)) {
        add(s, "sentence");
        intro = s.endsWith(":") ? s : intro;
      }
    if (block.kind === "paragraph" && !block.text.endsWith(":")) intro = "";
  }
  return { document: folder, candidates, expected: [...wanted] };
}

/** Recommendations found and right, as the bench counts them, at a threshold. */
export function scoreReports(
  weights: Float64Array,
  reports: readonly LabelledReport[],
  threshold = 0.5,
): { found: number; correct: number; expected: number; reachable: number } {
  let found = 0;
  let correct = 0;
  let expected = 0;
  let reachable = 0;
  for (const report of reports) {
    const taken = new Set(
      report.candidates.filter((c) => probability(weights, c) >= threshold).map((c) => c.text),
    );
    const texts = new Set(report.candidates.map((c) => c.text));
    found += taken.size;
    expected += report.expected.length;
    reachable += report.expected.filter((t) => texts.has(t)).length;
    correct += report.expected.filter((t) => taken.has(t)).length;
  }
  return { found, correct, expected, reachable };
}
