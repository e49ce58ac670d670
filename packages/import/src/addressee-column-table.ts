import { hasBodyWord } from "./addressees.ts";
import { columnRole } from "./table-columns.ts";

/**
 * "Nämnd Rekommendation": a header of two columns, who should act and what, that a PDF's text
 * layer gives on one line with a single space between the names. The two names, or undefined.
 */
function twoColumnHeader(line: string): [string, string] | undefined {
  const words = line.trim().split(" ");
  if (words.length < 2 || words.length > 5) return undefined;
  for (let k = 1; k < words.length; k++) {
    const left = words.slice(0, k).join(" ");
    const right = words.slice(k).join(" ");
    if (columnRole(left) === "responsible" && columnRole(right) === "recommendation")
      return [left, right];
  }
  return undefined;
}

/** A name cell left open at its line's end: "Miljö- och", "Samtliga nämnder och", "Kommunstyrelsen,". */
const openName = /(?:\s(?:och|og|and|samt)|-|,)$/u;

/**
 * The body's words at the start of a row's first line, before the capitalised word that begins
 * the text ("Kommunstyrelsen Publicera …", "Miljö- och Justera …", "Samtliga nämnder och
 * Använda …"): where they name a body or are a name's open start.
 */
function leadingName(line: string): { name: string; text: string } | undefined {
  const words = line.split(" ");
  for (let k = 1; k < Math.min(words.length, 7); k++) {
    if (!/^\p{Lu}/u.test(words[k] ?? "")) continue;
    const name = words.slice(0, k).join(" ");
    if (hasBodyWord(name) || openName.test(name)) return { name, text: words.slice(k).join(" ") };
    return undefined;
  }
  return undefined;
}

/**
 * A name cell's end on the next line: "byggnadsnämnden sammanträdet" after "Miljö- och", the
 * words up to one that ends a body's name.
 */
function nameEnd(line: string): { name: string; text: string } | undefined {
  const words = line.split(" ");
  for (let k = 0; k < Math.min(words.length, 5); k++) {
    if (hasBodyWord(words[k] ?? "")) {
      return { name: words.slice(0, k + 1).join(" "), text: words.slice(k + 1).join(" ") };
    }
  }
  return undefined;
}

/**
 * A two-column table of who should act and what, flattened to its printed lines with no gap
 * between the columns: a row's first line holds the body's name (or the start of it) and the
 * text's first words, a line in small letters goes on the text, or first ends a name left open
 * ("Miljö- och" / "byggnadsnämnden sammanträdet"), and a line that begins with a capital but
 * names no body begins a row whose name cell is empty: the body above it, as a merged cell
 * reads. The rows are written as tab-separated cells; the table ends at a blank line, and is
 * read only with two rows or more.
 */
export function addresseeColumnTables(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const header = twoColumnHeader(out[i] ?? "");
    if (!header) continue;
    const rows: { at: number; to: number; name: string; text: string }[] = [];
    let j = i + 1;
    for (; j < out.length; j++) {
      const line = (out[j] ?? "").trim();
      if (line === "" || /^\d{1,3}$/u.test(line)) break;
      const last = rows.at(-1);
      if (/^\p{Ll}/u.test(line)) {
        if (!last) break;
        const end = openName.test(last.name) ? nameEnd(line) : undefined;
        if (end) {
          last.name = `${last.name} ${end.name}`;
          if (end.text) last.text = `${last.text} ${end.text}`;
        } else last.text = `${last.text} ${line}`;
        last.to = j;
        continue;
      }
      const named = leadingName(line);
      if (named) rows.push({ at: j, to: j, ...named });
      else if (last) rows.push({ at: j, to: j, name: last.name, text: line });
      else break;
    }
    if (rows.length < 2) continue;
    out[i] = header.join("\t");
    for (const row of rows) {
      out[row.at] = `${row.name}\t${row.text}`;
      for (let k = row.at + 1; k <= row.to; k++) out[k] = "";
    }
    i = j - 1;
  }
  return out;
}
