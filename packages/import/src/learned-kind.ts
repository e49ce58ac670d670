import { featureDimensions, foldedWords, hashFeature } from "./hashed-features.ts";
import { kindWeights } from "./kind-weights.ts";

/**
 * A learned guess of whether a text is a response: logistic regression over hashed words and
 * word pairs of the text's first part, the words of its title lines and a few features of its
 * layout, trained on the labelled documents' kinds (`pnpm gen:kind-weights`). The rules in
 * guess-kind.ts ask it only where they find too few cues to tell.
 */

/** How much of the text is read: a title page, a summary, the first recommendations. */
const headWords = 600;

/** A bucket for a count, so that layout features take few values. */
const bucket = (n: number) => (n === 0 ? 0 : Math.min(6, Math.ceil(Math.log2(n + 1))));

/** The hashed features of a text, each worth `scale` so that long and short texts weigh alike. */
export function kindFeatures(text: string): { features: number[]; scale: number } {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const head = foldedWords(text.slice(0, 12000)).slice(0, headWords);
  const shown = lines.slice(0, 40);
  const names = [
    "bias",
    ...head.map((w) => `w:${w}`),
    ...head.slice(1).map((w, i) => `b:${head[i]} ${w}`),
    ...lines.slice(0, 3).flatMap((line) =>
      foldedWords(line)
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
  const features = [...new Set(names.map(hashFeature))];
  return { features, scale: 1 / Math.sqrt(features.length) };
}

/** The generated weights, "feature:weight" pairs, read once. */
let weights: Float64Array | undefined;
function shippedWeights(): Float64Array {
  if (weights) return weights;
  weights = new Float64Array(featureDimensions);
  for (const pair of kindWeights.split(/\s+/u).filter(Boolean)) {
    const [feature, weight] = pair.split(":");
    weights[Number(feature)] = Number(weight);
  }
  return weights;
}

/** How likely a text is a response, by the shipped weights. */
export function responseProbability(text: string): number {
  const { features, scale } = kindFeatures(text);
  const table = shippedWeights();
  let z = 0;
  for (const f of features) z += table[f] ?? 0;
  return 1 / (1 + Math.exp(-z * scale));
}
