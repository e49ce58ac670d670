import { distance } from "fastest-levenshtein";
import type { Bilingual } from "../labels.ts";
import { foldForMatching } from "./look-alikes.ts";

/**
 * The one rule for every closed vocabulary Spårbar reads (front-matter keys, ids, stances,
 * reported states, kinds, headings, list markers, date words): a value is read exactly as
 * documented, or refused with the nearest valid values. Nearness forgives what people slip on
 * without meaning another word: case, accents (ä/a), look-alike characters from other alphabets
 * or from Word, and Swedish word order ("inte helt instämmer" / "instämmer inte helt"). A near
 * value is only ever suggested, never read.
 */

export interface NearestOptions {
  /** At most this many suggestions (default 3). */
  limit?: number;
  /**
   * The largest edit distance still suggested, given the length of the longer word; by default
   * a third of it, at least 2.
   */
  within?: (length: number) => number;
}

function defaultWithin(length: number): number {
  return Math.max(2, Math.floor(length / 3));
}

function sortedWords(text: string): string {
  return text.split(" ").sort().join(" ");
}

/** How far apart two spellings are once case, accents, look-alikes and word order are set aside. */
export function nearness(a: string, b: string): number {
  const foldedA = foldForMatching(a);
  const foldedB = foldForMatching(b);
  if (foldedA === foldedB) return 0;
  const direct = distance(foldedA, foldedB);
  // Words in another order cost a little, so that a spelling in the right order wins a tie.
  const reordered = distance(sortedWords(foldedA), sortedWords(foldedB)) + 0.5;
  return Math.min(direct, reordered);
}

/** The valid values nearest to what was written, nearest first; none when nothing is close. */
export function nearest(
  written: string,
  valid: Iterable<string>,
  options: NearestOptions = {},
): string[] {
  const within = options.within ?? defaultWithin;
  const scored: { value: string; score: number }[] = [];
  const seen = new Set<string>();
  for (const value of valid) {
    if (seen.has(value)) continue;
    seen.add(value);
    const score = nearness(written, value);
    if (score <= within(Math.max(written.length, value.length))) scored.push({ value, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.value < b.value ? -1 : 1));
  const best = scored[0]?.score;
  // Only the nearest ones: a value two edits away is no suggestion next to one a letter away.
  return scored
    .filter((s) => best !== undefined && s.score <= best + 1)
    .slice(0, options.limit ?? 3)
    .map((s) => s.value);
}

/** "did you mean `a` or `b`?", in both languages; nothing when there is no suggestion. */
export function didYouMean(suggestions: readonly string[]): Bilingual | undefined {
  if (suggestions.length === 0) return undefined;
  const quoted = suggestions.map((s) => `\`${s}\``);
  const last = quoted.at(-1);
  const head = quoted.slice(0, -1).join(", ");
  return {
    sv: `menade du ${head ? `${head} eller ${last}` : last}?`,
    en: `did you mean ${head ? `${head} or ${last}` : last}?`,
  };
}

/** A message followed by its suggestion: "… is not a field; did you mean `answers`?" */
export function withSuggestion(message: Bilingual, suggestions: readonly string[]): Bilingual {
  const question = didYouMean(suggestions);
  if (!question) return message;
  return { sv: `${message.sv}; ${question.sv}`, en: `${message.en}; ${question.en}` };
}

/**
 * Words that turn a phrase into another when they follow it ("genomfört delvis", "pågår
 * inte"): a phrase followed by one of them is never read, and never suggested on its own.
 */
export const turningWords =
  /^(?:inte|ej|icke|delvis|helt|nästan|ännu|snart|not|partly|partially|fully|almost|yet|soon)\b/i;

export interface Phrase<T> {
  /** The words as documented, in lower case. */
  text: string;
  value: T;
}

export type PhraseReading<T> =
  | { ok: true; value: T; phrase: string; rest: string }
  | { ok: false; suggestions: string[] };

/**
 * A closed list of phrases read at the start of a line ("instämmer delvis. Nämnden …"). Case
 * and runs of spaces do not matter; nothing else is forgiven. A phrase counts only when the
 * text ends after it or goes on after a separator (`.`, `,`, `;`, `:`, a dash, a bracket), so
 * that "instämmer inte helt" is never read as "instämmer inte". Near misses get suggestions,
 * and phrases people write that sit between two values can name their own.
 */
export class PhraseVocabulary<T> {
  readonly #phrases: Phrase<T>[];
  readonly #between: Map<string, string[]>;

  readonly #wordsMayFollow: ((next: string) => boolean) | undefined;

  /**
   * `between`: phrases that lie between two values, with what to write instead.
   * `wordsMayFollow`: when given, a phrase may also go on with a word after a space, if this
   * says yes to it (a reported state followed by prose).
   */
  constructor(
    phrases: Phrase<T>[],
    between: Record<string, string[]> = {},
    wordsMayFollow?: (next: string) => boolean,
  ) {
    // Longest first: "instämmer delvis" before "instämmer".
    this.#phrases = [...phrases].sort((a, b) => b.text.length - a.text.length);
    this.#between = new Map(Object.entries(between).map(([k, v]) => [foldForMatching(k), v]));
    this.#wordsMayFollow = wordsMayFollow;
  }

  get phrases(): readonly Phrase<T>[] {
    return this.#phrases;
  }

  read(written: string): PhraseReading<T> {
    const text = written.replace(/\s+/g, " ").trim();
    const lower = text.toLowerCase();
    for (const phrase of this.#phrases) {
      if (!lower.startsWith(phrase.text)) continue;
      const rest = text.slice(phrase.text.length);
      const separated = rest === "" || /^\s*(?:[.,;:!(]|[-–—](?:\s|$))/.test(rest);
      const word = /^ (\S+)/.exec(rest)?.[1];
      if (separated || (word && this.#wordsMayFollow?.(rest.slice(1)))) {
        return { ok: true, value: phrase.value, phrase: phrase.text, rest: rest.trim() };
      }
      // "instämmer inte helt": a longer phrase that starts alike is not read as a shorter one.
      if (word) break;
    }
    return { ok: false, suggestions: this.suggest(text) };
  }

  /**
   * A phrase where running prose states it ("instämmer delvis i rekommendationen", "delar
   * revisorernas bedömning"): the longest documented phrase the text starts with, ending at a
   * word boundary and not followed by a word that turns it into another ("instämmer inte helt").
   * A phrase documented as lying between two values is read as nothing, with what to write
   * instead, exactly as `read` refuses it: prose is never read as a value a line would not be.
   */
  readInProse(written: string): PhraseReading<T> {
    const text = written.replace(/\s+/g, " ").trim();
    const words = foldForMatching(text).split(" ");
    for (const [phrase, suggestions] of this.#between) {
      if (words.slice(0, phrase.split(" ").length).join(" ") === phrase)
        return { ok: false, suggestions };
    }
    const lower = text.toLowerCase();
    for (const phrase of this.#phrases) {
      if (!lower.startsWith(phrase.text)) continue;
      const rest = text.slice(phrase.text.length);
      if (/^\p{L}/u.test(rest)) continue;
      const next = /^[ ,]+(\S+)/u.exec(rest)?.[1] ?? "";
      if (turningWords.test(next)) continue;
      return { ok: true, value: phrase.value, phrase: phrase.text, rest: rest.trim() };
    }
    return { ok: false, suggestions: [] };
  }

  /** The documented phrases nearest to the head of what was written. */
  suggest(written: string): string[] {
    const head = (written.split(/\s*(?:[.,;:!(]|[-–—](?:\s|$))/)[0] ?? written).trim();
    const words = foldForMatching(head).split(" ");
    const firstWords = (n: number) => words.slice(0, n).join(" ");
    for (const [phrase, suggestions] of this.#between) {
      const start = firstWords(phrase.split(" ").length);
      if (start === phrase || sortedWords(start) === sortedWords(phrase)) return suggestions;
    }
    // The same words in another order, or with other accents: "genomfört delvis".
    const reordered = nearest(
      head,
      this.#phrases.map((p) => p.text),
      { within: () => 0.5 },
    );
    if (reordered.length > 0) return reordered;
    // "instämmer i rekommendationen": the documented phrase it starts with, longest first,
    // unless the next word turns it into another.
    for (const phrase of this.#phrases) {
      const length = phrase.text.split(" ").length;
      if (firstWords(length) !== foldForMatching(phrase.text)) continue;
      if (!turningWords.test(words[length] ?? "")) return [phrase.text];
    }
    // Values that differ by one word can mean the opposite ("instämmer" / "instämmer inte"):
    // only spellings within a few letters are suggested.
    return nearest(
      head,
      this.#phrases.map((p) => p.text),
      { within: (length) => Math.max(2, Math.floor(length / 4)) },
    );
  }
}
