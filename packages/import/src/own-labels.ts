/**
 * The label a document numbers its items under, whatever word it is: "Issue 1:", "Brist 2.",
 * "Krav 3", "Anbefaling 1", "PAC recommendation 4:", "Påbud nr. 2 –" (a "nr." or "no." between
 * label and number is the number's). It is found by repetition, not by name:
 * the same word (or two) at the start of a line, numbered 1, 2, … without a gap, each number
 * once (a number may come back once more, where a summary lists the items before they are
 * answered). A label each item repeats for its own steps ("Åtgärd 1", "Åtgärd 2" under every
 * recommendation) numbers from 1 again and again, and is no item's label.
 */
const labelStart =
  /^[ \t]*(?:\*\*)?(?:\d{1,2}(?:\.\d{1,2})+\.?\s+)?(\p{Lu}[\p{L}-]{1,24}(?:\s+\p{L}[\p{L}-]{1,24})?)(?:\s+(?:nr|no|nro|nummer)\.?)?\s+(\d{1,2})(?!\d|[.,]\d)(?=\s*[:.)–-](?:\s|$)|\s*(?:\*\*)?\s*$|\s+\p{Lu})/u;

/**
 * Words that number a document's parts or a page, a date's month, or an answer's own steps,
 * and words that refer to a point numbered elsewhere ("Ad 2 – Den udførte revision", "Till 3"):
 * never the label of what is recommended.
 */
const notAnItemLabel =
  /(?:^|\s)(?:ad|angående|till|til|om|re|regarding|vedrørende|vedr|ang|sida|side|page|bilaga|bilag|vedlegg|appendix|annex|bijlage|tabell|table|figur|figure|diagram|kapitel|kap|chapter|avsnitt|section|del|part|steg|step|fas|phase|version|nr|no|nummer|number|rad|row|punkt|point|paragraf|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|januar|februar|marts|mai|juni|juli|oktober|desember|åtgärd|åtgärder|action|actions|tiltak|aktivitet|activity|measure|svar|response|kommentar|comment|fråga|question|spørsmål|revisionsfråga|mål|goal|objective)$/iu;

/** The label's words, as written at its first use, if the lines number their items under one. */
export function ownItemLabel(lines: readonly string[]): string | undefined {
  const numbers = new Map<string, { written: string; seen: number[] }>();
  for (const line of lines) {
    const match = labelStart.exec(line);
    if (!match) continue;
    const written = (match[1] ?? "").replace(/\s+/gu, " ");
    if (notAnItemLabel.test(written)) continue;
    const key = written.toLowerCase();
    const entry = numbers.get(key) ?? { written, seen: [] };
    entry.seen.push(Number(match[2]));
    numbers.set(key, entry);
  }
  let best: { written: string; count: number } | undefined;
  for (const { written, seen } of numbers.values()) {
    const distinct = [...new Set(seen)].sort((a, b) => a - b);
    const unbroken = distinct.every((n, i) => n === i + 1);
    const once = distinct.every((n) => seen.filter((m) => m === n).length <= 2);
    const ordered = distinct.every(
      (n, i) => seen.indexOf(n) > (i === 0 ? -1 : seen.indexOf(n - 1)),
    );
    if (distinct.length >= 2 && unbroken && once && ordered && distinct.length > (best?.count ?? 0))
      best = { written, count: distinct.length };
  }
  return best?.written;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * A line under the label, with its number and what follows ("Brist 2. Nämnden ska …"); the
 * label read in any case, behind a chapter's number or in bold.
 */
export function itemLabelPattern(label: string): RegExp {
  const words = label.split(" ").map(escaped).join("\\s+");
  return new RegExp(
    `^(?:\\*\\*)?(?:\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s+)?${words}(?:\\s+(?:nr|no|nro|nummer)\\.?)?\\s+(\\d{1,2})(?:\\s*[:.)–-](?:\\s+|$)|\\s+|(?=\\*\\*)|$)(?:\\*\\*\\s*)?(.*?)(?:\\*\\*)?$`,
    "iu",
  );
}
