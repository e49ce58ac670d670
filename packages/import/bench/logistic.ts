/**
 * The pieces the learned scorers share: features hashed into a fixed number of weights, and a
 * logistic regression trained by stochastic gradient descent in a fixed order, so that every run
 * gives the same figures.
 */
import { fold } from "../src/index.ts";

/** One thing to classify: its hashed features, each worth `scale`, and its label. */
export interface Example {
  features: number[];
  positive: boolean;
  /** What each feature counts for (1 unless a long example is scaled down). */
  scale?: number;
}

const dimensions = 1 << 18;

/** A feature's name hashed (FNV-1a) into one of the weights. */
export function hash(feature: string): number {
  let h = 2166136261;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % dimensions;
}

/** A text's words, folded to lower case without diacritics. */
export const words = (text: string) => fold(text).match(/\p{L}+/gu) ?? [];

/** Logistic regression, positives weighted as the negatives. */
export function train(
  examples: readonly Example[],
  { epochs = 12, rate = 0.2 }: { epochs?: number; rate?: number } = {},
): Float64Array {
  const weights = new Float64Array(dimensions);
  const positives = examples.filter((c) => c.positive).length;
  const balance = positives === 0 ? 1 : (examples.length - positives) / positives;
  // A fixed order, shuffled by a fixed rule.
  const order = examples.map((_, i) => i).sort((a, b) => hash(`${a}`) - hash(`${b}`));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const step = rate / (1 + epoch);
    for (const i of order) {
      const c = examples[i] as Example;
      const scale = c.scale ?? 1;
      const gradient = (c.positive ? 1 : 0) - probability(weights, c);
      const weight = c.positive ? balance : 1;
      for (const f of c.features)
        weights[f] = (weights[f] ?? 0) * (1 - step * 1e-4) + step * weight * gradient * scale;
    }
  }
  return weights;
}

/** How likely the example is positive under the weights. */
export function probability(weights: Float64Array, example: Example): number {
  let z = 0;
  for (const f of example.features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z * (example.scale ?? 1)));
}
