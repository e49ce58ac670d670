/**
 * A minute that names a recommendation of a tracker by its number and its title, and no other
 * wording of it: "asked for an update on recommendation 29, 'Leaseholder service charges', …",
 * "Recommendation 7 ("Contract register") had slipped …", Swedish "rekommendation 4, ”Avtalsregister”".
 * The number is the recommendation's own; the title in quotation marks stands for its text.
 */
import type { Block } from "./text-blocks.ts";

export interface NamedByNumber {
  number: number;
  title: string;
  /** The block it is named in, and the sentence of it that names it. */
  block: number;
  sentence: number;
}

const namedPattern =
  /(?<!\p{L})(?:recommendation|rekommendation|anbefaling|action)\s+(?:no\.?\s*|number\s+|nr\.?\s*)?(\d{1,3}),?\s*\(?\s*['‘"“”»]([^'’"”“«\n]{3,80}?)['’"”“«]/iu;

/**
 * Each recommendation so named, the first time it is, in the order of the text. `split` cuts a
 * block into its sentences as the reader of the answer does.
 */
export function namedByNumber(
  blocks: readonly Block[],
  split: (text: string) => string[],
): NamedByNumber[] {
  const found: NamedByNumber[] = [];
  const seen = new Set<number>();
  for (const [k, b] of blocks.entries()) {
    if (!/\d/u.test(b.text)) continue;
    for (const [s, sentence] of split(b.text).entries()) {
      const m = namedPattern.exec(sentence);
      const number = Number(m?.[1] ?? 0);
      const title = m?.[2]?.trim() ?? "";
      if (!m || number === 0 || seen.has(number) || !/\p{L}{3}/u.test(title)) continue;
      seen.add(number);
      found.push({ number, title, block: k, sentence: s });
    }
  }
  return found;
}
