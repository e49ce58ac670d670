/**
 * The learned scorers' model: a logistic regression over hashed features (src/hashed-features.ts),
 * trained by stochastic gradient descent in a fixed order, so that every run gives the same
 * figures.
 */
import { featureDimensions, hashFeature } from "../src/hashed-features.ts";

/** One thing to classify: its hashed features, each worth `scale`, and its label. */
export interface Example {
  features: number[];
  positive: boolean;
  /** What each feature counts for (1 unless a long example is scaled down). */
  scale?: number;
}

/** Logistic regression, positives weighted as the negatives. */
export function train(
  examples: readonly Example[],
  { epochs = 12, rate = 0.2 }: { epochs?: number; rate?: number } = {},
): Float64Array {
  const weights = new Float64Array(featureDimensions);
  const positives = examples.filter((c) => c.positive).length;
  const balance = positives === 0 ? 1 : (examples.length - positives) / positives;
  // A fixed order, shuffled by a fixed rule.
  const order = examples.map((_, i) => i).sort((a, b) => hashFeature(`${a}`) - hashFeature(`${b}`));
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
