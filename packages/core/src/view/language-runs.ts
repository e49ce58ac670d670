/*
 * Gaps are notes written in English that quote the Swedish sources and name bodies by their
 * Swedish names. To mark those passages as Swedish on a page, a note is cut into runs: what
 * stands within double quotes, and the names given, are Swedish; the rest is the note's own
 * language.
 */

export interface Run {
  text: string;
  /** Swedish: a quotation from a source, or a Swedish name. */
  sv?: true;
}

const quoted = /["“”][^"“”]+["“”]/g;

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A note cut into runs of its own language and of Swedish (quotations and the names given). */
export function swedishRuns(note: string, names: readonly string[]): Run[] {
  const marks: [number, number][] = [];
  for (const m of note.matchAll(quoted)) marks.push([m.index, m.index + m[0].length]);
  const longestFirst = [...new Set(names.filter((n) => n.trim().length > 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (longestFirst.length > 0) {
    // A name, possibly in the genitive (socialnämndens), not inside a longer word.
    const pattern = new RegExp(
      `(?<![\\p{L}])(?:${longestFirst.map(literal).join("|")})s?(?![\\p{L}])`,
      "giu",
    );
    for (const m of note.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!marks.some(([s, e]) => start < e && end > s)) marks.push([start, end]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const runs: Run[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) runs.push({ text: note.slice(at, start) });
    runs.push({ text: note.slice(start, end), sv: true });
    at = end;
  }
  if (at < note.length) runs.push({ text: note.slice(at) });
  return runs;
}
