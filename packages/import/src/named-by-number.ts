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
  /** What the naming sentence says after a title set off by a dash, which answers it. */
  rest?: string;
}

/**
 * "Recommendation No. 3 - Car Park Income Reconciliation, the contract had been let …",
 * "Recommendation 12 – Payroll Controls had slipped …": the title after a dash, its words in
 * capitals (little words between them), two words at least; what follows it in the sentence
 * tells of it.
 */
const dashedPattern =
  /(?<!\p{L})(?:[Rr]ecommendation|RECOMMENDATION|[Aa]ction)\s+(?:[Nn]o\.?\s*|[Nn]umber\s+)?(\d{1,3})\s+[-–—]\s+(\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|and|for|the|to|in|on|&)\s+){0,2}\p{Lu}[\p{L}'’&-]*){1,7})(?=\s*[,.;:)]|\s+\p{Ll}|\s*$)/u;

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
    const parts = split(b.text);
    for (const [at, part] of parts.entries()) {
      // "Recommendation No." cut from its number by the sentence split: read as one, at the
      // number's sentence.
      if (/(?<!\p{L})[Nn]o\.$/u.test(part)) continue;
      const before = parts[at - 1];
      const sentence = before && /(?<!\p{L})[Nn]o\.$/u.test(before) ? `${before} ${part}` : part;
      const s = at;
      const quoted = namedPattern.exec(sentence);
      const dashed = quoted ? null : dashedPattern.exec(sentence);
      const m = quoted ?? dashed;
      const number = Number(m?.[1] ?? 0);
      const title = m?.[2]?.trim() ?? "";
      if (!m || number === 0 || seen.has(number) || !/\p{L}{3}/u.test(title)) continue;
      seen.add(number);
      const rest = dashed
        ? sentence
            .slice(dashed.index + dashed[0].length)
            .replace(/^\s*,\s*/u, "")
            .trim()
        : "";
      found.push({ number, title, block: k, sentence: s, ...(rest ? { rest } : {}) });
    }
  }
  return found;
}
