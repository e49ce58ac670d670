import { nearest } from "../vocabulary/closed.ts";
import { replaceLookAlikes } from "../vocabulary/look-alikes.ts";
import { monthNames, ordinals, qualifierWords, seasons, unitWords } from "./words.ts";

/**
 * What a writer probably meant by a date phrase Spårbar cannot read: the same words put the
 * documented way (order, spacing, zero-padding, a misspelt month or a missing ä). Only ever a
 * suggestion in a message: the phrase itself stays unread.
 */

const knownWords = [
  ...new Set([
    ...Object.keys(monthNames),
    ...Object.keys(seasons),
    ...Object.keys(ordinals).filter((w) => !/\d/.test(w)),
    ...qualifierWords.flatMap(([w]) => w.split(" ")).filter((w) => /^\p{L}+$/u.test(w)),
    ...unitWords,
  ]),
];
const known = new Set(knownWords);

const pad = (n: string | undefined) => (n ?? "").padStart(2, "0");

/** Numeric dates written in other orders or with other separators, as ISO. */
function* numericForms(text: string): Generator<string> {
  let m = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/.exec(text);
  if (m) yield `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) yield `${m[1]}-${m[2]}-${m[3]}`;
  // "31/5 2024", "31.5.2024": day first, as Swedish writes it, when the day cannot be a month.
  m = /^(\d{1,2})[./](\d{1,2})[./ ](\d{4})$/.exec(text);
  if (m && Number(m[1]) > 12) yield `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  m = /^(\d{4})-(\d)$/.exec(text);
  if (m) yield `${m[1]}-${pad(m[2])}`;
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) yield `${m[2]}-${pad(m[1])}`;
  m = /^(\d{4})\/(\d{2})$/.exec(text);
  if (m && (Number(m[1]) + 1) % 100 === Number(m[2])) yield `${m[1]}/${Number(m[1]) + 1}`;
}

/** Spaces where words and numbers run together or fall apart, and misspelt words put right. */
function respaced(text: string): string {
  return (
    text
      // "september2024", "i2025"; but not the codes Q1, T2, H1, W12, v12.
      .replace(/(\p{L}+)(\d)/gu, (whole, letters: string, digit: string) =>
        /^[qthwv]$/i.test(letters) ? whole : `${letters} ${digit}`,
      )
      .replace(/(\d)(?!st\b|nd\b|rd\b|th\b)(\p{L}{2,})/gu, "$1 $2")
      .replace(/(?<!\p{L})([qthw]) (\d)/giu, "$1$2")
      .replace(/^([qthQTH])([1-4])(\d{4})$/, "$1$2 $3")
      .replace(/(\d{4})-(\p{L}{2,})/gu, "$1 $2")
      .replace(/\s*\/\s*/g, "/")
      .replace(/\s+/g, " ")
      .trim()
  );
}

function correctedWords(text: string): string {
  return text
    .split(" ")
    .map((token) => {
      const lower = token.toLowerCase();
      if (!/^\p{L}{2,}$/u.test(lower) || known.has(lower)) return token;
      return nearest(lower, knownWords, { limit: 1, within: (n) => (n <= 4 ? 1 : 2) })[0] ?? token;
    })
    .join(" ");
}

function* candidates(text: string): Generator<string> {
  const cleaned = replaceLookAlikes(text, { keepAccents: true }).replace(/\s+/g, " ").trim();
  yield cleaned;
  yield* numericForms(cleaned);
  const base = correctedWords(respaced(cleaned));
  yield base;
  yield* numericForms(base);
  const tokens = base.split(" ");
  const yearAt = tokens.findIndex((t) => /^\d{4}(?:\/\d{2,4})?$/.test(t));
  if (yearAt !== -1 && yearAt !== tokens.length - 1) {
    yield [...tokens.slice(0, yearAt), ...tokens.slice(yearAt + 1), tokens[yearAt]].join(" ");
  }
  if (/^\d{4} [qthw]\d{1,2}$/i.test(base)) yield base.replace(" ", "-");
  for (let i = 0; i + 1 < tokens.length; i++) {
    const swapped = [...tokens];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1] ?? "", swapped[i] ?? ""];
    yield swapped.join(" ");
  }
}

/** ISO forms with their letters in capitals, as README writes them: `2026-Q1`, `Q1 2026`. */
function documentedCase(text: string): string {
  return text
    .replace(
      /^(\d{4}-?)([qthw])(\d{1,2})$/,
      (_, y: string, l: string, n: string) => `${y}${l.toUpperCase()}${n}`,
    )
    .replace(
      /^([qth])([1-4]) (\d{4})$/,
      (_, l: string, n: string, y: string) => `${l.toUpperCase()}${n} ${y}`,
    );
}

export function suggestPeriod(
  text: string,
  reads: (candidate: string) => boolean,
): string | undefined {
  const original = text.replace(/\s+/g, " ").trim();
  const tried = new Set<string>([original]);
  for (const candidate of candidates(original)) {
    const shown = documentedCase(candidate);
    if (tried.has(shown)) continue;
    tried.add(shown);
    if (reads(shown)) return shown;
  }
  return undefined;
}
