/**
 * A tracker's record copied cell by cell, each on its own line under the record's number ("Rec
 * 3" above "Partially Accepted", "Work in Progress", then the recommendation): the cells that
 * record the body's acceptance and how far it has come. The acceptance is the stance; how far
 * it has come is none. Where the page's lines were joined, a cell may open the line of the
 * recommendation after it ("Implemented a publish …", "Rejected d report …").
 */
import type { Stance } from "@sparbar/core";

const acceptance: [RegExp, Stance][] = [
  [/^(?:not\s+accepted|rejected|not\s+agreed|disagreed|declined)$/iu, "disagrees"],
  [
    /^(?:partially|partly)\s+(?:accepted|agreed)$|^(?:accepted|agreed)\s+in\s+(?:part|principle)$/iu,
    "partly-agrees",
  ],
  [/^(?:accepted|agreed)(?:\s+in\s+full)?$/iu, "agrees"],
];

const progress =
  /^(?:(?:fully\s+|partially\s+|partly\s+|not\s+)?implemented|work\s+in\s+progress|in\s+progress|ongoing|open|closed|completed?|not\s+(?:yet\s+)?started|overdue|pending|superseded|not\s+yet\s+due)$/iu;

/** A cell of either kind, the words it is written in (two words at most before a third). */
const cellWords =
  /^((?:not\s+(?:yet\s+)?|partially\s+|partly\s+|fully\s+|work\s+in\s+|in\s+)?\p{L}+(?:\s+in\s+(?:full|part|principle))?)(?:\s+|$)/iu;

export interface StatusCell {
  /** The stance its acceptance states, if it records one. */
  stance?: Stance;
  /** What follows the cell on its line: empty where the line is the cell alone. */
  rest: string;
}

function cellStance(words: string): Stance | undefined {
  return acceptance.find(([pattern]) => pattern.test(words))?.[1];
}

/**
 * The status cell a line is or opens with; undefined where it is none. A cell that opens a
 * longer line counts only where a word in small letters follows, as the recommendation's own
 * first word (its list letter, "a", or its verb) does.
 */
export function statusCell(line: string): StatusCell | undefined {
  const text = line.trim();
  const m = cellWords.exec(text);
  if (!m) return undefined;
  const words = (m[1] ?? "").trim();
  const stance = cellStance(words);
  if (!stance && !progress.test(words)) return undefined;
  const rest = text.slice(m[0].length).trim();
  if (rest && !/^\p{Ll}/u.test(rest)) return undefined;
  return stance ? { stance, rest } : { rest };
}

/**
 * A record's own field repeated at the head of each record ("HM Revenue and Customs" above every
 * "Rec N"), joined onto the end of the recommendation above it when the page's lines were run
 * together: the text without it, where the field stood on a line of its own before (`seen`,
 * folded lines of a few words without a stop).
 */
export function withoutRecordField(text: string, seen: ReadonlySet<string>): string {
  const tail = /(?:;\s+and|[.;!?])\s+([^.;!?]{2,80})$/u.exec(text.slice(-100));
  const field = tail?.[1];
  if (!field || !seen.has(field.trim().toLowerCase())) return text;
  return text.slice(0, text.length - field.length).trimEnd();
}

/** A line that may be such a field: a few words in capitals' company, no stop at its end. */
export function recordFieldLine(text: string): string | undefined {
  const t = text.trim();
  if (t.length > 80 || /[.;:!?]$/u.test(t) || !/^\p{Lu}/u.test(t)) return undefined;
  return t.split(/\s+/u).length <= 6 ? t.toLowerCase() : undefined;
}
