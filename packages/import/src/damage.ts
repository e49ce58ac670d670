/**
 * Whether a text shows the damage of OCR: lines of stray symbols from stamps and signatures, or
 * Swedish that has lost its diacritics ("namnden", "for", "ar"). The draft says so, so that a
 * reader checks every item against the original rather than trusting the words.
 */
const strayMarks = /[~¢{}\\^]/gu;
/**
 * "\\server\dok\styrelsen\2026\ärende.docx", "K:\Nämnd\Protokoll": a file's path that a
 * document prints in its footer; its backslashes are separators, not a stamp's noise. Two
 * separators or more, each before a name, make a path.
 */
const filePath = /(?:\\{1,2}[\p{L}\p{N}][^\\\s]*){2,}/gu;
const lostDiacritics =
  /\b(?:namnden|namnderna|fran|atgard\p{L}*|bedomning|uppfoljning|sakerstall\p{L}*|forvaltning\p{L}*|ocksa|behover|sarskil\p{L}*|mojlig\p{L}*|genomfor\p{L}*)\b/giu;

export function damageIn(text: string): string | undefined {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const stray = lines.filter(
    (line) => (line.replace(filePath, "").match(strayMarks) ?? []).length >= 3,
  ).length;
  const letters = text.replace(/[^\p{L}]/gu, "");
  const swedishWithoutDiacritics =
    letters.length > 300 &&
    !/[åäöÅÄÖ]/.test(text) &&
    (text.match(/\boch\b/gu) ?? []).length >= 3 &&
    (text.match(lostDiacritics) ?? []).length >= 3;
  const reasons: string[] = [];
  if (stray > 0) reasons.push(`${stray} ${stray === 1 ? "line" : "lines"} of stray symbols`);
  if (swedishWithoutDiacritics) reasons.push("Swedish words without å, ä and ö");
  return reasons.length > 0 ? reasons.join("; ") : undefined;
}
