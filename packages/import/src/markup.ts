/**
 * HTML left in text copied from a web page or an ePaper ("<strong>Anbefaling 1</strong><br />"):
 * the tags are taken out before anything is read, so that a heading in bold is a heading and a
 * line ending in "<br />" ends where its line does. Each line stays a line, so every line number
 * still points into the document as written: a tag that breaks a line in the middle of one
 * (a "<br>" or a "</p>" between two sentences) leaves a space there.
 *
 * Only the tags of text markup are taken, by name: "<3" or "<Namn>" in a text is no markup.
 */
const markupTag =
  /<\/?(?:a|abbr|b|br|div|em|font|h[1-6]|i|li|ol|p|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)(?:\s+[a-z-]+(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s>]+))?)*\s*\/?>/giu;

/** Character references a page's text keeps where its tags were kept too. */
const references: Record<string, string> = {
  amp: "&",
  nbsp: " ",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** The text without the tags of HTML markup, line for line; text without tags as it is. */
export function withoutMarkup(text: string): string {
  if (!/<\/?(?:br|p|strong|em|b|i|span|div|li|td|tr|h[1-6])\b[^>\n]*>/iu.test(text)) return text;
  return text
    .split("\n")
    .map((line) =>
      line
        // A list's item on a line of its own ("<li>ta fram …</li>") stays an item, marked.
        .replace(/^(\s*)<li\b[^>\n]*>(?=\s*\S)/iu, "$1- ")
        .replace(markupTag, (tag, at: number) =>
          // A tag inside a line's words keeps them apart; one at either end goes.
          at === 0 ||
          at + tag.length === line.length ||
          /^<\/?(?:b|strong|em|i|u|span|a|font|small|sub|sup|abbr)\b/iu.test(tag)
            ? ""
            : " ",
        )
        .replace(/&(amp|nbsp|lt|gt|quot|apos);/gu, (_, name: string) => references[name] ?? "")
        .replace(/[ \t]+$/u, ""),
    )
    .join("\n");
}
