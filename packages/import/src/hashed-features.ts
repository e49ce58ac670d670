import { fold } from "./addressees.ts";

/**
 * Features named by strings and hashed into a fixed number of weights, as the learned models
 * read them: the names need no list, and a name no document used before weighs nothing.
 */
const dimensions = 1 << 18;

/** A feature's name hashed (FNV-1a) into one of the weights. */
export function hashFeature(feature: string): number {
  let h = 2166136261;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % dimensions;
}

/** How many weights the hashed features index. */
export const featureDimensions = dimensions;

/** A text's words, folded to lower case without diacritics. */
export const foldedWords = (text: string) => fold(text).match(/\p{L}+/gu) ?? [];
