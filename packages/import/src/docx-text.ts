/**
 * The text of a Word document with the structure later steps read: one block per paragraph, list
 * items with a marker ("- ", or "1. " in a numbered list) and table rows as tab-separated cells.
 * Word keeps bullets and numbers out of the text, so a plain text extraction loses every list;
 * mammoth's HTML keeps them, and this walks that HTML (mammoth writes plain, well-formed tags).
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import("mammoth");
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      ignoreEmptyParagraphs: true,
      // Images carry no text; without this mammoth writes each one out as a data URI.
      convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
    },
  );
  return htmlText(value);
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

const blockEnds = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "blockquote"]);

/** Text from mammoth's HTML: see `docxText`. */
export function htmlText(html: string): string {
  let out = "";
  const lists: { ordered: boolean; count: number }[] = [];
  let row: string[] | undefined;
  let cell: string | undefined;
  for (const [, closing, tag = "", text] of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    const name = tag.toLowerCase();
    if (text !== undefined) {
      const words = decode(text);
      if (cell !== undefined) cell += words;
      else out += words;
      continue;
    }
    if (name === "td" || name === "th") {
      if (closing) {
        row?.push((cell ?? "").replace(/\s+/g, " ").trim());
        cell = undefined;
      } else cell = "";
    } else if (name === "tr") {
      if (closing && row) out += `${row.join("\t")}\n`;
      row = closing ? undefined : [];
    } else if (cell !== undefined) {
      // Paragraphs and breaks inside a cell are spaces within it.
      if (name === "p" || name === "br") cell += " ";
    } else if (name === "ul" || name === "ol") {
      if (closing) {
        lists.pop();
        // A list ends with a blank line, so the paragraph after it is not read as its last item.
        if (lists.length === 0) out += "\n";
      } else lists.push({ ordered: name === "ol", count: 0 });
    } else if (name === "li" && !closing) {
      const list = lists.at(-1);
      if (list) list.count++;
      if (out !== "" && !out.endsWith("\n")) out += "\n";
      out += `${"  ".repeat(Math.max(0, lists.length - 1))}${list?.ordered ? `${list.count}. ` : "- "}`;
    } else if (name === "br") {
      out += "\n";
    } else if (closing && blockEnds.has(name)) {
      out += name === "li" ? "\n" : "\n\n";
    } else if (!closing && name === "table") {
      out += "\n\n";
    }
  }
  return out
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
