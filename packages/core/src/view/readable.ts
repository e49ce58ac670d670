/*
 * Readable names for what the sources identify only by an id and a long text: a recommendation
 * is named by the first words of its text, so that a list or a heading shows words and keeps the
 * id as secondary text.
 */

const LIMIT = 72;

/**
 * The first words of a text, up to about 72 characters, cut at a word and marked with an
 * ellipsis when cut. A text that ends within the limit is given whole, without its full stop.
 */
export function firstWords(text: string, limit = LIMIT): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat.replace(/[.:;,]$/, "");
  const cut = flat.slice(0, limit + 1);
  const space = cut.lastIndexOf(" ");
  const words = (space > limit / 2 ? cut.slice(0, space) : flat.slice(0, limit)).replace(
    /[\s.,:;–—-]+$/,
    "",
  );
  return `${words}…`;
}

/**
 * A diary number (diarienummer) is the id a document has in its organisation's register:
 * letters for the register, a year and a serial (`SR-2023-81`, `ASN-2024-2039`, `KS 2024/12`
 * written `KS-2024-12`). Ids the corpus made up are slugs in lower case (`asn-2025-01-27-p32`)
 * and are not diary numbers. This reads the id's shape; README's data format says so.
 */
export function diaryNumberOf(id: string): string | undefined {
  return /^[A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*)*-(19|20)\d\d-\d+$/.test(id) ? id : undefined;
}

/** Web addresses in a document's `source` line: links to the original document. */
export function sourceLinks(source: string | undefined): string[] {
  if (!source) return [];
  const found = source.match(/https?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/g) ?? [];
  return [...new Set(found)];
}
