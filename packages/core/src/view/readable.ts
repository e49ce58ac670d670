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

/** Web addresses in a document's `source` line: links to the original document. */
export function sourceLinks(source: string | undefined): string[] {
  if (!source) return [];
  const found = source.match(/https?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/g) ?? [];
  return [...new Set(found)];
}
