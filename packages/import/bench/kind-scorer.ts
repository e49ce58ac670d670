/**
 * The learned guess of a document's kind (src/learned-kind.ts) on the labelled documents: their
 * features and kinds, the rules' guess of each, and how a model's learning rate and the rules'
 * confidence below which it decides are chosen from training documents alone.
 * `pnpm bench:import-kind` scores it part by part, each part by a model trained only on what was
 * written before it; `pnpm gen:kind-weights` trains the shipped weights.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { firmLearned, kindByRules, overruleBelow } from "../src/guess-kind.ts";
import { readDocument } from "../src/index.ts";
import { kindFeatures } from "../src/learned-kind.ts";
import { withoutMarkup } from "../src/markup.ts";
import { type Example, probability, train } from "./logistic.ts";

const labelledDir = join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "import");

/** A labelled document: its features (positive: a response) and the rules' guess of it. */
export interface KindExample extends Example {
  document: string;
  /** The rules' guess; confidence 0.5 where they weighed fewer than three cues, or a tie. */
  rules: ReturnType<typeof kindByRules>;
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
  const rules = kindByRules(text);
  return {
    document: folder,
    positive: expected.kind === "response",
    ...kindFeatures(text),
    rules,
  };
}

/** Below this confidence of the rules the learned guess decides; 0 never, 0.51 on ties only. */
const thresholds = [0, 0.51, 0.6, 0.67, 0.75, 0.85, 0.95, 1.01];

/** The rules' confidence where they weigh fewer than three cues (or tie) is 0.5. */
export const fewCuesBelow = 0.51;

export const learnedSays = (weights: Float64Array, e: KindExample) =>
  probability(weights, e) >= 0.5;
export const rulesSay = (e: KindExample) => e.rules.kind === "response";
export const combinedSays = (weights: Float64Array, e: KindExample, threshold: number) =>
  e.rules.confidence < threshold ? learnedSays(weights, e) : rulesSay(e);
/**
 * As the importer guesses (guessKind): the learned guess where the rules weigh too few cues, or
 * where they are unsure and it firmly says the other kind.
 */
export const shippedSays = (weights: Float64Array, e: KindExample) => {
  const p = probability(weights, e);
  const firm = e.rules.confidence < overruleBelow && Math.abs(p - 0.5) >= firmLearned;
  return e.rules.confidence < fewCuesBelow || firm ? p >= 0.5 : rulesSay(e);
};

/** The learning rates tried; each fold takes the one its training documents favour. */
const rates = [0.2, 1, 3, 10];

/**
 * The learning rate and the threshold the training documents favour, each document guessed by a
 * model not trained on it (five folds within the training documents): the rate that guesses
 * most kinds right, then the threshold at which the combination does. The first best is taken,
 * so where the learned guess does no better the rules keep deciding.
 */
function chooseSettings(training: readonly KindExample[]): {
  rate: number;
  threshold: number;
} {
  const folds = 5;
  const held = training.map((_, i) => i % folds);
  const guesses = rates.map((rate) => {
    const p = new Map<KindExample, number>();
    for (let f = 0; f < folds; f++) {
      const weights = train(
        training.filter((_, i) => held[i] !== f),
        { rate },
      );
      for (const e of training.filter((_, i) => held[i] === f)) p.set(e, probability(weights, e));
    }
    return p;
  });
  const learnedRight = guesses.map(
    (p) => training.filter((e) => (p.get(e) ?? 0) >= 0.5 === e.positive).length,
  );
  const r = learnedRight.indexOf(Math.max(...learnedRight));
  const chosen = guesses[r] as Map<KindExample, number>;
  const right = thresholds.map(
    (threshold) =>
      training.filter(
        (e) =>
          (e.rules.confidence < threshold ? (chosen.get(e) ?? 0) >= 0.5 : rulesSay(e)) ===
          e.positive,
      ).length,
  );
  return {
    rate: rates[r] ?? 0.2,
    threshold: thresholds[right.indexOf(Math.max(...right))] ?? 0,
  };
}

/**
 * The model trained on some documents as the shipped one is: at the learning rate they favour,
 * pruned to the largest weights that give every one of them the guess the full model gives it,
 * rounded to three figures; with the threshold they favour, for the bench.
 */
export function kindModel(training: readonly KindExample[]): {
  rate: number;
  threshold: number;
  weights: Float64Array;
  trained: number;
  cutoff: number;
} {
  const { rate, threshold } = chooseSettings(training);
  const full = train(training, { rate });
  const rounded = (w: number) => Number(w.toPrecision(3));
  const pruned = (cutoff: number) => full.map((w) => (Math.abs(w) >= cutoff ? rounded(w) : 0));
  const agrees = (weights: Float64Array) =>
    training.every((e) => probability(weights, e) >= 0.5 === probability(full, e) >= 0.5);
  let cutoff = full.reduce((a, w) => Math.max(a, Math.abs(w)), 0);
  while (!agrees(pruned(cutoff)) && cutoff > 1e-6) cutoff /= 1.25;
  const trained = full.filter((w) => w !== 0).length;
  return { rate, threshold, weights: pruned(cutoff), trained, cutoff };
}

/** The shipped weights' file, from the development documents; with what was kept, for the log. */
export function kindWeightsFile(development: readonly KindExample[]): {
  text: string;
  summary: string;
} {
  const { rate, weights, trained, cutoff } = kindModel(development);
  const pairs = [...weights.entries()].filter(([, w]) => w !== 0).map(([i, w]) => `${i}:${w}`);
  const rows: string[] = [];
  for (let i = 0; i < pairs.length; i += 8) rows.push(pairs.slice(i, i + 8).join(" "));
  return {
    text: `// Generated by \`pnpm gen:kind-weights\` from the labelled development documents; do not edit.
// The learned guess of the kind (learned-kind.ts): ${pairs.length} "feature:weight" pairs of
// ${trained} trained on ${development.length} documents at a learning rate of ${rate}.
export const kindWeights = \`
${rows.join("\n")}
\`;
`,
    summary: `${pairs.length} of ${trained} weights (at least ${cutoff.toPrecision(3)} in size), ${development.length} documents, rate ${rate}`,
  };
}
