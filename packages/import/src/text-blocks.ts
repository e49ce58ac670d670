/**
 * Plain text from a report (typed, exported or OCR'd) as blocks: paragraphs, list items, table
 * rows and headings, each with the line it starts on. Page headers, footers and page numbers
 * are dropped, words broken by hyphenation are joined, and OCR'd bullets are recognised.
 */
import { addresseeColumnTables } from "./addressee-column-table.ts";
import { fold } from "./addressees.ts";
import { brokenRowTables } from "./broken-row-table.ts";
import { cellPerLineTables } from "./cell-per-line-table.ts";
import { months } from "./date-phrases.ts";
import { bidding } from "./extract-response.ts";
import { flattenedTables } from "./flattened-table.ts";
import { joinLines } from "./join-lines.ts";
import { layoutColumnTables } from "./layout-table.ts";
import { itemLabelPattern, ownItemLabel } from "./own-labels.ts";
import { columnRole, headerAt } from "./table-columns.ts";

export interface Block {
  kind: "paragraph" | "item" | "row" | "heading";
  text: string;
  /** 1-based line in the extracted text. */
  line: number;
  /** For items: the marker as found (`▶`, `•`, `1.`, `a)`). */
  marker?: string;
  /** For items: whether the marker is a number or letter. */
  ordered?: boolean;
  /** For rows: the cells, split on tabs or runs of spaces. */
  cells?: string[];
}

// Word's symbol-font bullets come out of PDFs and .docx as private-use characters (U+F0A7,
// U+F0B7, U+F0D8, U+F076), or as the shapes they show.
const bulletMarker =
  /^[ \t]*(▶|►|•|·|‣|➢|➤|➔|→|●|⚫|◆|♦|❖|✓|\uF0A7|\uF0B7|\uF0D8|\uF076|○|■|□|▪|◦|\*|-|–|—|e|¢|©|o|O)[ \t]+(?=\S)/u;
// "14. november 2025", "1. mars": a Nordic date, not a numbered item.
const numberMarker =
  /^[ \t]*(\(?\d{1,2}[.)]|\([a-h]\)|[a-h][.)])[ \t]+(?=\S)(?!(?:januar[iy]?|februar[iy]?|mars|marts|march|april|maj|mai|may|juni|june|juli|july|august[i]?|september|oktober|october|november|desember|december)(?:\s+\d{4})?\s*$)/iu;
// "4", "Sida 4 av 12", and a page number set against a rule, "4|" or "| 4".
const pageNumberOnly =
  /^[ \t]*(?:\|[ \t]*)?(?:(?:sida|page|s\.)[ \t]*)?\d{1,3}(?:[ \t]*(?:av|of|\/)[ \t]*\d{1,3})?(?:[ \t]*\|)?[ \t]*$/i;
// Three spaces, or a tab: text read from a PDF marks a wide gap with one.
const trailingPageNumber =
  /(?:[ \t]{3,}|\t)(?:(?:sida|page)[ \t]+)?\d{1,3}(?:[ \t]*(?:av|of)[ \t]*\d{1,3})?[ \t]*$/i;

/**
 * "a set out how …" under "The Ministry should:": a lettered item without punctuation, trusted
 * only right after a line that opens a list (ending in ":" or ";") or another such item.
 */
function letteredItem(
  line: string,
  lines: readonly string[],
  at: number,
): { marker: string; ordered: boolean; rest: string } | undefined {
  const match = /^[ \t]*([a-h])[ \t]+(?=\p{Ll})/u.exec(line);
  if (!match) return undefined;
  let before = at - 1;
  while (before >= 0 && (lines[before] ?? "").trim() === "") before--;
  const previous = (lines[before] ?? "").trim();
  if (!/[:;]$/.test(previous) && !/^[a-h][ \t]+\p{Ll}/u.test(previous)) return undefined;
  return { marker: match[1] ?? "", ordered: true, rest: line.slice(match[0].length) };
}

function markerOf(line: string): { marker: string; ordered: boolean; rest: string } | undefined {
  const bullet = bulletMarker.exec(line);
  if (bullet) {
    const marker = bullet[1] ?? "";
    let rest = line.slice(bullet[0].length);
    // Exported Markdown doubles markers: "- ▶ Säkerställ …".
    const inner = /^(▶|►|•|·|‣|➢|➤)[ \t]+/.exec(rest);
    if (inner) rest = rest.slice(inner[0].length);
    // OCR turns • into e, ¢, © or o; only trust those before a capital letter.
    if (/^[e¢©oO]$/.test(marker) && !/^[A-ZÅÄÖ]/.test(rest)) return undefined;
    return { marker, ordered: false, rest };
  }
  const numbered = numberMarker.exec(line);
  if (numbered)
    return { marker: numbered[1] ?? "", ordered: true, rest: line.slice(numbered[0].length) };
  return undefined;
}

/** The labels a document repeats for each recommendation it sets out or answers. */
const repeatingLabel =
  /^(?:(?:the\s+)?(?:auditors?'?s?\s+|revisorernas\s+|revisionens\s+)?(?:recommendations?|rekommendation(?:er)?|anbefalinger?)|(?:agreed[- ]upon\s+)?(?:management(?:'s)?\s+)?(?:responses?|comments?|action\s+plan)|(?:\p{Lu}\p{Ll}+s\s+)?(?:svar|kommentar(?:er)?|yttrande|bedömning|ställningstagande|åtgärd(?:er)?|åtgärdsplan|handlingsplan)|(?:observation|finding|iakttagelse)(?:\s+\d{1,2})?)\s*:?$/iu;

/** "Status / Target Completion Date / Responsibility": a table's header, every cell a column name. */
function namesColumns(line: string): boolean {
  const cells = line.split(/\s+[/|]\s+|\t+/);
  return cells.length >= 2 && cells.every((cell) => columnRole(cell) !== undefined);
}

/** A page's number where a running header begins: "7(14)", "Sida 3 av 12", "Page 6:". */
const pageMarker =
  /^[ \t]*(?:\d{1,3}[ \t]?\(\d{1,3}\)|(?:sida|side|page)[ \t]+\d{1,3}(?:[ \t]*(?:av|of|\/)[ \t]*\d{1,3})?:?)[ \t]+/iu;

/**
 * Text flattened to a line per page keeps each page's running header in front of its text
 * ("7(14) Kommunstyrelsens arbetsutskott Sammanträdesdatum 2025-03-11 Förvaltningen instämmer
 * …"). Such a header begins with the page's number and goes on with words that begin at least
 * three pages alike; the number and those words are removed, so that the header's date is
 * never read as the text's.
 */
function withoutRunInHeaders(lines: string[]): void {
  const marked = lines.flatMap((line, i) => {
    const marker = pageMarker.exec(line);
    return marker
      ? [{ i, marker: marker[0], words: line.slice(marker[0].length).split(/\s+/) }]
      : [];
  });
  for (const { i, marker, words } of marked) {
    let shared = 0;
    for (let n = Math.min(8, words.length - 1); n >= 1; n--) {
      const start = words.slice(0, n).join(" ");
      const alike = marked.filter((m) => m.words.slice(0, n).join(" ") === start).length;
      if (alike >= 3) {
        shared = n;
        break;
      }
    }
    if (shared > 0) lines[i] = words.slice(shared).join(" ");
    // "Page 6: Protokoll … 10 juni 2025": a document site's page marker alone on its line.
    else if (/:\s*$/.test(marker) && (lines[i] ?? "").length < 160) lines[i] = "";
  }
}

/**
 * A running header with the page's number inside it ("Ekby stad Protokoll 4/2027 2 (5)
 * Stadsstyrelsen 61 14.03.2027 …", "Region Västkust Yttrande 3 (5) 2026-03-02 …"): the same
 * words before the number on at least three lines, and the words after it that begin at least
 * three of them alike. The whole header is removed, so that its date is never read as a due date
 * and an item that follows it begins its line.
 */
function withoutHeadersAroundPageNumber(lines: string[]): void {
  const marked = lines.flatMap((line, i) => {
    const words = line.trim().split(/\s+/u).slice(0, 24);
    for (let at = 1; at < Math.min(10, words.length - 1); at++) {
      const one = /^\d{1,3}\(\d{1,3}\)$/u.test(words[at] ?? "");
      const two = /^\d{1,3}$/u.test(words[at] ?? "") && /^\(\d{1,3}\)$/u.test(words[at + 1] ?? "");
      if (one || two)
        return [
          { i, before: words.slice(0, at).join(" "), after: words.slice(at + (one ? 1 : 2)) },
        ];
    }
    return [];
  });
  const byBefore = new Map<string, number>();
  for (const m of marked) byBefore.set(m.before, (byBefore.get(m.before) ?? 0) + 1);
  const headed = marked.filter((m) => (byBefore.get(m.before) ?? 0) >= 3);
  const starts = new Map<string, number>();
  for (const m of headed)
    for (let n = 1; n <= Math.min(8, m.after.length - 1); n++) {
      const key = `${m.before}\u0000${m.after.slice(0, n).join(" ")}`;
      starts.set(key, (starts.get(key) ?? 0) + 1);
    }
  for (const m of headed) {
    let shared = 0;
    for (let n = Math.min(8, m.after.length - 1); n >= 1; n--)
      if ((starts.get(`${m.before}\u0000${m.after.slice(0, n).join(" ")}`) ?? 0) >= 3) {
        shared = n;
        break;
      }
    const line = lines[m.i] ?? "";
    const words = line.trim().split(/\s+/u);
    const skip = m.before.split(" ").length;
    const markerWords = /^\d{1,3}\(\d{1,3}\)$/u.test(words[skip] ?? "") ? 1 : 2;
    lines[m.i] = words.slice(skip + markerWords + shared).join(" ");
  }
}

/**
 * Text flattened to a line per page keeps each page's running footer at the line's end, the
 * same words around the page's number ("… hvert år Saksbehandling av byggesaker 4 Skarvøy
 * kommune"). Where at least three lines end in the same words around different numbers, the
 * footer is removed from each, so that the page's last sentence or item ends where it does.
 */
function withoutRunInFooters(lines: string[]): void {
  const tails = lines.map((line) => {
    // A page's worth of text: a line of a table or a list is never one.
    if (line.length < 150) return undefined;
    const words = line.trim().split(/\s+/u);
    const at = words.findLastIndex((w, i) => /^\d{1,3}$/u.test(w) && i >= words.length - 6);
    return at > 0 ? { words, at } : undefined;
  });
  const footers = new Map<string, Set<string>>();
  const keyOf = (words: string[], at: number, before: number) =>
    `${words.slice(at - before, at).join(" ")}\u0000${words.slice(at + 1).join(" ")}`;
  for (const tail of tails) {
    if (!tail) continue;
    for (let before = 2; before <= Math.min(6, tail.at - 1); before++) {
      const key = keyOf(tail.words, tail.at, before);
      footers.set(key, (footers.get(key) ?? new Set()).add(tail.words[tail.at] ?? ""));
    }
  }
  for (const [i, tail] of tails.entries()) {
    if (!tail) continue;
    for (let before = Math.min(6, tail.at - 1); before >= 2; before--) {
      if ((footers.get(keyOf(tail.words, tail.at, before))?.size ?? 0) < 3) continue;
      lines[i] = tail.words.slice(0, tail.at - before).join(" ");
      break;
    }
  }
}

/** Lines that repeat across pages (running headers and footers), by their text without page numbers. */
function repeatedLines(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    const key = line.replace(trailingPageNumber, "").trim();
    // "Ställningstagande: instämmer" repeats in every section; a label line is content.
    if (
      key.length < 6 ||
      key.length > 120 ||
      /[.!?;:,]$/.test(key) ||
      /^\p{L}[\p{L} ]*:\s/u.test(key)
    )
      continue;
    // A chapter's own heading ("Vår bedömning" closing each chapter) repeats, yet is content, as
    // do the labels each recommendation and its answer stand under ("Recommendation",
    // "Management response", a plan's "Status / Target Completion Date / Responsibility").
    // A lead cut at its "att" over each list it opens ("Revisionsnämnden rekommenderar att")
    // is content too: no header or footer ends in the middle of a clause.
    if (
      headingWords.test(key) ||
      repeatingLabel.test(key) ||
      /\s(?:att|at|that)$/iu.test(key) ||
      namesColumns(key) ||
      /^(?:vår|revisionens|nämndens|förvaltningens) (?:bedömning|kommentar|svar)$/iu.test(key)
    )
      continue;
    // A running header or footer stands apart from the text around it.
    const apart = (lines[i - 1] ?? "").trim() === "" || (lines[i + 1] ?? "").trim() === "";
    if (!apart) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  for (const [key, count] of counts) if (count >= 3) repeated.add(key);
  return repeated;
}

function isPageArtifact(line: string, repeated: Set<string>): boolean {
  if (pageNumberOnly.test(line)) return true;
  if (line.length < 120 && /(?:^|\s)(?:sida|page)\s+\d{1,3}\s+(?:av|of)\s+\d{1,3}\s*$/i.test(line))
    return true;
  const key = line.replace(trailingPageNumber, "").trim();
  if (repeated.has(key) && !markerOf(line)) return true;
  // "Lerums kommun – Revisionsrapport 2024      Sida 2 av 12": a footer with a page number.
  return (
    trailingPageNumber.test(line) &&
    /(sida|page)\s+\d+|(?:\s{3,}|\t)\d{1,3}\s*$/i.test(line) &&
    key.length < 100
  );
}

const headingWords =
  /^(\d+(\.\d+)*\.?\s+)?(sammanfattning|sammanfattning och rekommendationer|rekommendationer|rekommendation|inledning|bakgrund|syfte|syfte och revisionsfrågor|revisionsfrågor|metod|avgränsning|bedömning|revisionell bedömning|sammanfattande bedömning|iakttagelser|svar på revisionsfrågor|förslag till beslut|beslutsunderlag|ärendet|yttrande|beslut|executive summary|summary|recommendations|background|introduction|findings|conclusion)$/i;

function looksLikeHeading(line: string, next: string | undefined): boolean {
  const text = line.trim();
  if (headingWords.test(text)) return true;
  if (text.length === 0 || text.length > 90) return false;
  if (/[.;,]$/.test(text) && !/^\d+(\.\d+)*\.?\s/.test(text)) return false;
  if (/^\d+(\.\d+)*\.?\s+\S/.test(text) && !/[.]$/.test(text)) return true;
  return (
    (next === undefined || next.trim() === "") &&
    !/[.:;,?]$/.test(text) &&
    /^[A-ZÅÄÖ0-9]/.test(text)
  );
}

/**
 * Lines a web page or a document viewer adds around the text: navigation, share buttons, logo
 * links, viewer controls. They are never a report's title or content.
 */
const chromeLine =
  /^(?:skip to (?:main )?(?:content|search results)|jump to:?|clear all filters|show|recommendations database|länk till startsidan|hoppa till (?:innehåll|huvudinnehåll)|gå direkt till .*|sök|close this search box\.?|dela sida(?:n)?|dela detta inlägg!?|kontakta oss|•?\s*no results found|storlek: px|starta visningen från sidan:?|download ".*"|transkript|full ?text|share ".*"|copied!|loading\.\.\..*|relevanta dokument|beställ publikation|.*logotyp(?:e)?, länk till startsidan\.?(?:\s+.*logotyp(?:e)?, länk till startsidan\.?)*|a picture of the .* logo|sidan uppdaterades senast .*|(?:sidan (?:uppdaterades|uppdaterad|publicerades)|senast (?:uppdaterad|ändrad)|publicerad|page (?:last )?updated|last (?:updated|modified)|siden (?:er )?(?:sist )?oppdatert)(?: senast| den| on)?:?\s+\d.*|läs (?:revisionsrapporten|revisorernas skrivelse|mer) här|\(\d{1,3}\))$/iu;

/** "T h e A u d i t o r - G e n e r a l": a cover line set in spaced capitals. */
const letterSpaced = /^(?:\S ){4,}\S$/u;

function isChrome(line: string): boolean {
  const text = line.trim();
  return chromeLine.test(text) || letterSpaced.test(text);
}

/**
 * A Markdown table scraped from a web page often has its rows broken over several lines
 * ("| 1 |", the text, "|", "Addressee | Accepted |"). Rows are joined until they have as many
 * cells as the header, and written as tab-separated cells, which later steps read as a row.
 */
function pipeTables(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const header = out[i]?.trim() ?? "";
    if (bareHeader(header)) {
      i = bareRows(out, i) - 1;
      continue;
    }
    if (closedHeader(header)) {
      i = closedRows(out, i) - 1;
      continue;
    }
    if (!/^\|.*\|$/.test(header) || header.split("|").length < 4) continue;
    const width = header.split("|").length - 2;
    out[i] = cellsOf(header).join("\t");
    let j = i + 1;
    if (/^\|?[\s:|-]+\|?$/.test(out[j]?.trim() ?? "")) out[j++] = "";
    while (j < out.length && /\|/.test(out[j] ?? "")) {
      const start = j;
      let row = out[j]?.trim() ?? "";
      while (cellsOf(row).length < width && j + 1 < out.length) {
        j++;
        row += ` ${out[j]?.trim() ?? ""}`;
        out[j] = "";
      }
      out[start] = cellsOf(row).join("\t");
      j++;
    }
    i = j - 1;
  }
  return out;
}

/**
 * "Recommendation | Agency response at tabling | Status | Planned completion": a table copied
 * from a web page with its cells kept apart by bars but no bar at either end. Its header has
 * three cells or more, one of them what is recommended; its rows as many cells each.
 */
function bareHeader(line: string): boolean {
  if (/^\||\|$/.test(line) || !/\s\|\s/.test(line)) return false;
  const roles = cellsOf(line).map((c) => columnRole(c));
  return roles.length >= 3 && roles.filter((r) => r === "recommendation").length === 1;
}

/** The rows after a bare header, each a line with as many cells: written as tab-separated. */
function bareRows(out: string[], at: number): number {
  const width = cellsOf(out[at] ?? "").length;
  out[at] = cellsOf(out[at] ?? "").join("\t");
  let j = at + 1;
  for (;;) {
    // A blank line between two rows, as a document viewer copies a table, still keeps to it.
    const gap = j < out.length && (out[j] ?? "").trim() === "" ? blankRun(out, j) : j;
    const row = out[gap] ?? "";
    if (gap >= out.length || cellsOf(row).length !== width || !/\s\|\s/.test(row)) return j;
    // An empty cell is kept as a dash, so that the cells after it stay under their columns.
    out[gap] = cellsOf(row)
      .map((c) => c || "–")
      .join("\t");
    j = gap + 1;
  }
}

/** The first line at or after `from` that is not blank, within a few lines. */
function blankRun(out: readonly string[], from: number): number {
  let k = from;
  while (k < out.length && k < from + 3 && (out[k] ?? "").trim() === "") k++;
  return k;
}

/**
 * "Number | Recommendation | Status |": a table copied from a web page with a bar closing each
 * cell but none opening the row. Its header has three cells or more, one of them what is
 * recommended.
 */
function closedHeader(line: string): boolean {
  if (/^\|/.test(line) || !/\|\s*$/.test(line)) return false;
  const roles = cellsOf(line).map((c) => columnRole(c));
  return roles.length >= 3 && roles.filter((r) => r === "recommendation").length === 1;
}

/**
 * The rows after a closed header. A row's cells run on over lines ("4 | To measure … should",
 * "track the acres …", "publicly each year. |", "Pending |") until it has as many bars as the
 * header; it is written as tab-separated cells, its empty cells dropped, so that a group's
 * caption between the rows ("Recommendations to Department of Health | ||") stands as a line
 * of its own text. The table ends at a line without a bar where no row is open.
 */
function closedRows(out: string[], at: number): number {
  const bars = (line: string) => line.split("|").length - 1;
  const width = bars(out[at] ?? "");
  out[at] = cellsOf(out[at] ?? "").join("\t");
  // The first group's caption stands just above the header.
  const above = cellsOf(out[at - 1] ?? "");
  if (/\|\s*$/.test(out[at - 1] ?? "") && above.length > 1 && above.slice(1).every((c) => c === ""))
    out[at - 1] = `${above[0]}\t`;
  let j = at + 1;
  while (j < out.length && (out[j] ?? "").includes("|")) {
    const start = j;
    let row = (out[j] ?? "").trim();
    // A row is a handful of lines at most; a longer run is no row of this table.
    while (bars(row) < width && j + 1 < out.length && j - start < 12) {
      const next = (out[j + 1] ?? "").trim();
      if (next === "") break;
      j++;
      row += ` ${next}`;
      out[j] = "";
    }
    const cells = cellsOf(row).filter((c) => c !== "");
    // A caption alone on its row ends with a tab, which marks it for a heading.
    out[start] = cells.length === 1 ? `${cells[0]}\t` : cells.join("\t");
    j++;
  }
  return j;
}

function cellsOf(row: string): string[] {
  return row
    .replace(/^\s*\|/, "")
    .replace(/\|\s*$/, "")
    .split("|")
    .map((c) =>
      c
        .replace(/\bRef Page [\d, ]+$/i, "")
        .replace(/\s+/g, " ")
        .trim(),
    );
}

/**
 * "… sekretariaten. av 11", "… hyresavtal. 3 of 13": a page flattened to a line keeps its count
 * after the last sentence, with or without the page's number (which may have gone to the line's
 * start); it is no part of that sentence. A number above the count is no page's.
 */
function withoutPageCount(line: string): string {
  return line
    .replace(
      /(?<=[.!?])[ \t]+(?:(\d{1,3})[ \t]+)?(?:av|of)[ \t]+(\d{1,3})[ \t]*$/u,
      (count, page, pages) => (page === undefined || Number(page) <= Number(pages) ? "" : count),
    )
    .replace(runningFoot, (foot, page: string, pages: string) =>
      Number(page) <= Number(pages) ? "" : foot,
    );
}

/**
 * "… ska genomföras Augusti 2026 5 av 6": a page flattened to a line ends in its running foot,
 * the report's month and year before the page's number of the count, after the last words of
 * the page, stop or none.
 */
const runningFoot = new RegExp(
  `[ \\t]+(?:${months})[ \\t]+\\d{4}[ \\t]+(\\d{1,3})[ \\t]+(?:av|of)[ \\t]+(\\d{1,3})[ \\t]*$`,
  "iu",
);

/** "lokalförsörj- ningsplan": a word broken at a line end that a flattened text kept. */
function joinInlineHyphens(line: string): string {
  // Tried from a word's first small letter only: from each letter of a long word, the search
  // would run to the word's end again.
  return line.replace(
    /(?<!\p{Ll})(\p{Ll}{2,})- (\p{Ll}+)/gu,
    (whole, left: string, right: string) =>
      /^(och|eller|samt|resp|respektive|and|or|till|og)$/i.test(right) ? whole : left + right,
  );
}

/**
 * "a)⇥fastställa en plan …", "2.1⇥Bakgrund", "•⇥Kommunstyrelsen bör …": Word puts a tab after
 * a list's bullet or number, and after a heading's number. A line of a bullet, number or letter
 * and one text is an item or a heading, not a table's row. A dash counts as a bullet only before
 * a word, as a table's empty cell may be a dash before a date or a number.
 */
function markerBeforeTab(line: string): string {
  const marked =
    /^([ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-h][.)]|\(\d{1,2}\)|[•·▪◦‣●■□○\uF0A7\uF0B7]|[-–](?=\t+\p{L})))\t+(?=\S)/u.exec(
      line,
    );
  if (!marked || line.slice(marked[0].length).includes("\t")) return line;
  return `${marked[1]} ${line.slice(marked[0].length)}`;
}

/**
 * "R1 The Council should …": a recommendation's reference at a line's start, the letter glued
 * to its number, as minutes written one paragraph to a line retell them.
 */
const referenceStart = /^[ \t]*R(\d{1,2})[ \t]+(?=\p{Lu})/u;

/** Whether the lines begin with "R1", "R2", … in that order, at least two: references, not chance. */
function referencesInOrder(lines: readonly string[]): boolean {
  const numbers = lines.flatMap((l) => {
    const n = referenceStart.exec(l)?.[1];
    return n ? [Number(n)] : [];
  });
  return numbers.length >= 2 && numbers.every((n, i) => n === i + 1);
}

/** A recommending sentence cut at its "att" at a line's end: "Vi rekommenderar nämnden att". */
const recommendingAtt =
  /\b(?:rekommenderar|rekommenderas|föreslår|föreslås|uppmanar|uppmanas|anbefaler|anbefales|tilrår)\b.*\s(?:att|at|å)$/iu;

/**
 * "Vi rekommenderar kommunstyrelsen att:" over "tydliggöra …," / "säkerställa …," / "redovisa
 * …": items with no mark, each a line in small letters that begins where the line before ends
 * a clause (",", ";", ".") or at the lead-in's colon. A line in small letters after one that
 * ends without a stop goes on the item before it.
 */
function unmarkedItemStart(lines: readonly string[], at: number, unwrapped: boolean): boolean {
  if (!/^\p{Ll}/u.test((lines[at] ?? "").trim())) return false;
  let i = at - 1;
  // Back over the run of such items to the lead-in that opens it.
  while (i >= 0) {
    const line = (lines[i] ?? "").trim();
    if (/:$/u.test(line))
      return (
        i === at - 1 ||
        /[,;.]$/u.test((lines[at - 1] ?? "").trim()) ||
        (unwrapped && itemOnItsOwnLine(lines[at - 1] ?? "", lines[i + 1] ?? "", lines[at] ?? ""))
      );
    // "Vi rekommenderar kommunstyrelsen att" with no colon: a list only where its first item's
    // line ends a clause and the next goes on in small letters, as a sentence wrapped at its
    // "att" would not.
    if (recommendingAtt.test(line))
      return i === at - 1
        ? /[,;]$/u.test((lines[at] ?? "").trim()) && /^\p{Ll}/u.test((lines[at + 1] ?? "").trim())
        : /[,;.]$/u.test((lines[at - 1] ?? "").trim());
    if (line === "" || !/^\p{Ll}/u.test(line) || markerOf(line)) return false;
    i--;
  }
  return false;
}

/** A word a clause does not end with: an article, a preposition, a conjunction. */
const openingWord =
  /(?:^|\s)(?:att|och|eller|samt|som|för|i|på|av|med|till|om|från|under|över|vid|mot|en|ett|den|det|de|dess|sina?|sitt|deras|at|og|å|til|fra|ved|et|dei|sine?|sitt|the|a|an|and|or|of|to|in|on|for|with|by|from|that|its|their)$/iu;

/**
 * A text whose every paragraph is one line (a web page's, a document's with its lines left
 * unwrapped) has no wrapped items: there, "ta fram mål …" over "fastställa en mall …", each in
 * small letters under the lead's colon, are two items though the first has no stop. Only where
 * the first line ends as a clause can, and the second begins with a word of the first item's
 * form (the verbs' endings: "ta"/"fastställa", "utarbeider"/"sikrer").
 */
function itemOnItsOwnLine(previous: string, first: string, line: string): boolean {
  const ending = (text: string) => /^\p{Ll}+/u.exec(text.trim())?.[0].slice(-1);
  const firstEnding = ending(first);
  return (
    !/-$/u.test(previous.trim()) &&
    !openingWord.test(previous.trim()) &&
    firstEnding !== undefined &&
    firstEnding === ending(line)
  );
}

/**
 * "2 3. Nämnden bör …": a page's number run onto the line of a numbered item, where the item
 * after it is the next of the list, is no part of the line.
 */
function withoutPageNumberBefore(line: string, lastNumber: number): string {
  const run = /^[ \t]*\d{1,3}[ \t]+(?=(\d{1,2})[.)][ \t]+\p{Lu})/u.exec(line);
  return run && lastNumber > 0 && Number(run[1]) === lastNumber + 1
    ? line.slice(run[0].length)
    : line;
}

/** A line that begins an agenda item of minutes: "§ 44 …", "44 Dnr KS 2024/502 …". */
const agendaItemStart = /^[ \t]*(?:§[ \t]*\d{1,3}[ \t]|\d{1,3}[ \t]+Dnr\b)/u;

/** A recommendation's own label, with its number or without: "Rekommendation 3:". */
const recommendationLabel =
  /^(?:rekommendation|recommendation|anbefaling)(?:\s+\d{1,2})?\s*:\s*\S/iu;

/** The fields an answer is given under: "Svar", "Regionstyrelsens svar", "Ansvarig", "Target date". */
const fieldLabels =
  "(?:svar|kommentar(?:er)?|ställningstagande|åtgärd(?:er)?|ansvarig|klart|tidplan|(?:(?:management|agency|department|entity|auditee|ministry|council|region)\\s+)?response|comments?|owner|responsible(?:\\s+officer)?|target(?:ed)?(?:\\s+(?:completion|implementation))?\\s+date|due\\s+date|expected\\s+completion(?:\\s+date)?|action\\s+taken)";

/** The labels an answer or a recommendation is given under, each at a line's start. */
const answerLabel = new RegExp(
  `^(?:\\p{Lu}\\p{Ll}+s\\s+)?(?:${fieldLabels}|rekommendation(?:\\s+\\d{1,2})?|status|agency(?:\\s+affected)?|recommendation(?:\\s+\\d{1,2})?)\\s*:\\s*\\S`,
  "iu",
);

/**
 * An answer labelled with its body's whole name, at a line's start: "Department of Health and
 * Aged Care response: Agreed.", "Office of the Chief Executive response: Noted.". The name is
 * words in capitals and the short words between them, so a line of running text that happens to hold
 * "response:" further on does not count.
 */
const namedAnswerLabel =
  /^(?:the\s+)?\p{Lu}[\p{L}\d'’&-]*(?:,?\s+(?:\p{Lu}[\p{L}\d'’&-]*|of|and|for|the|och|för|og|for|i|in|on))*(?:'s|’s)?\s+(?:response|svar|kommentar)\s*:\s*\S/u;

/**
 * A field's label alone on its line, its value on the next ("Ansvarig" / "IT-direktör"). Only
 * the fields of an answer count: "Status" and "Rekommendation" alone head a section as often,
 * and so does someone's comment ("Ordförandens kommentar"); someone's answer is a field.
 */
const bareFieldLabel = new RegExp(`^(?:\\p{Lu}\\p{Ll}+s\\s+svar|${fieldLabels})\\s*:?$`, "iu");

/**
 * A gap between words wider than any page has, cut to the widest that means something (a
 * column's or a right-aligned page number's). Every rule that looks for a gap of three spaces
 * or more before the line's end tries each place in the gap, so an endless gap made reading a
 * line take time in the square of its length.
 */
function withBoundedGaps(line: string): string {
  return line.replace(/[ \t]{65,}/g, " ".repeat(64)).trimEnd();
}

/**
 * A scanned list's check marks (✓) that OCR reads as "./", glued to the text before them
 * ("… följande:./ ta fram …./ utreda …"): where a line holds two or more, each is a bullet.
 */
const readCheckMark = /(?<=[\p{L}\d.:;)])\.\/(?=[ \t]+\p{L})/gu;
function withReadCheckMarks(line: string): string {
  if (!line.includes("./")) return line;
  const marks = line.match(readCheckMark);
  return marks && marks.length >= 2 ? line.replace(readCheckMark, " •") : line;
}

const ruleLine = /^[ \t]*(?:_{5,}|[-–—=]{10,})[ \t]*$/u;

export function textBlocks(text: string): Block[] {
  const lines = brokenRowTables(
    cellPerLineTables(
      pipeTables(
        addresseeColumnTables(
          layoutColumnTables(
            text
              .replace(/\r\n?/g, "\n")
              .replace(/\f/g, "\n")
              .split("\n")
              .map(withBoundedGaps)
              .map(withReadCheckMarks)
              .map((line) => (isChrome(line) ? "" : joinInlineHyphens(withoutPageCount(line)))),
          ),
        ),
      ),
    ),
  );
  withoutRunInHeaders(lines);
  withoutHeadersAroundPageNumber(lines);
  withoutRunInFooters(lines);
  const repeated = repeatedLines(lines);
  // Each item under the document's own numbered label ("Issue 2:", "Brist 2.") begins a block,
  // where no blank line sets it apart from the answer before it.
  const label = ownItemLabel(lines);
  const labelled = label ? itemLabelPattern(label) : undefined;
  const referenced = referencesInOrder(lines);
  // Paragraphs left each on one line: two such lines, longer than any page is wide, without a
  // layout's column gaps.
  const unwrapped =
    lines.filter((l) => l.length >= 150 && !/\S {3,}\S/u.test(l.trim())).length >= 2;
  const blocks: Block[] = [];
  let current: Block | undefined;
  const flush = () => {
    if (current) blocks.push({ ...current, text: current.text.replace(/\s+/g, " ").trim() });
    current = undefined;
  };
  // The number of the last numbered item, so that a page's number run onto the next item's
  // line ("2 3. Nämnden bör …") is known for what it is.
  let lastNumber = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = withoutPageNumberBefore(markerBeforeTab(lines[i] ?? ""), lastNumber);
    const line = i + 1;
    // A rule drawn across the page with underscores or dashes ends the block above it as a
    // blank line does: the page's footer or the next chapter follows.
    if (raw.trim() === "" || ruleLine.test(raw)) {
      flush();
      continue;
    }
    if (isPageArtifact(raw, repeated)) continue;
    // A field's label on a line of its own is not the end of the sentence before it, and the
    // value on the next line is the field's: "Ansvarig" / "IT-direktör" reads as "Ansvarig:
    // IT-direktör". A table's row on the next line ("Åtgärder" above "Nr | Krav | Åtgärd") is
    // under a heading, not a value.
    const next = (lines[i + 1] ?? "").trim();
    if (
      bareFieldLabel.test(raw.trim()) &&
      next !== "" &&
      !/[\t|]/.test(next) &&
      !bareFieldLabel.test(next)
    ) {
      flush();
      current = { kind: "paragraph", text: `${raw.trim().replace(/\s*:$/, "")}: ${next}`, line };
      i++;
      continue;
    }
    // A table's caption between its rows, written by the table's reader as its text and a tab.
    if (/^[^\t]+\t$/.test(raw)) {
      flush();
      blocks.push({ kind: "heading", text: raw.trim(), line });
      continue;
    }
    if (raw.includes("\t") && raw.split("\t").filter((c) => c.trim()).length >= 2) {
      flush();
      const cells = raw
        .split("\t")
        .map((c) => c.trim())
        .filter(Boolean);
      blocks.push({ kind: "row", text: cells.join(" | "), line, cells });
      continue;
    }
    const marker = markerOf(raw) ?? letteredItem(raw, lines, i);
    // "2. Inledning" followed by a blank line is a numbered heading, not a list item; "2. ta
    // fram en plan", in small letters, is the last item of a list.
    if (
      marker?.ordered &&
      marker.rest.length < 60 &&
      /^\s*\p{Lu}/u.test(marker.rest) &&
      !/[.:;,?]$/.test(marker.rest.trim()) &&
      (lines[i + 1] ?? "").trim() === ""
    ) {
      flush();
      blocks.push({ kind: "heading", text: raw.trim(), line });
      continue;
    }
    if (marker) {
      flush();
      if (marker.ordered) lastNumber = Number.parseInt(marker.marker, 10) || 0;
      current = {
        kind: "item",
        text: marker.rest.trim(),
        line,
        marker: marker.marker,
        ordered: marker.ordered,
      };
      continue;
    }
    if (unmarkedItemStart(lines, i, unwrapped)) {
      flush();
      current = { kind: "item", text: raw.trim(), line, marker: "", ordered: false };
      continue;
    }
    if (current) {
      // A short line is not wrapped text: "Granskning av …" above "Lerums kommun" are two blocks.
      // Nor is a line that begins with an answer's label ("Kommentar:", "Response:", "Owner:").
      const previous = lines[i - 1] ?? "";
      // Nor, after an item whose line ends its sentence, a line that begins a new one flush
      // with the margin, where a wrapped item would go on indented or in small letters.
      if (
        answerLabel.test(raw.trim()) ||
        namedAnswerLabel.test(raw.trim()) ||
        labelled?.test(raw.trim()) ||
        // The answer on the line after a referenced recommendation is a block of its own.
        (referenced &&
          (referenceStart.test(raw) ||
            (referenceStart.test(current.text) && /[.!?]$/u.test(previous.trim())))) ||
        agendaItemStart.test(raw) ||
        (current.kind === "item" && /[.!?]$/u.test(previous.trim()) && /^\p{Lu}/u.test(raw)) ||
        // "Rekommendation 3: Införa …." is a block of its own where its sentence ends with the
        // line: an answer given without its label begins on the next.
        (recommendationLabel.test(current.text) &&
          /[.!?]$/u.test(previous.trim()) &&
          /^\p{Lu}/u.test(raw)) ||
        (current.kind === "paragraph" &&
          previous.trim().length < 45 &&
          !/-$/.test(previous.trim()) &&
          /^\p{Lu}/u.test(raw.trim()))
      ) {
        flush();
      } else {
        current.text = joinLines(current.text, raw);
        continue;
      }
    }
    if (looksLikeHeading(raw, lines[i + 1])) {
      blocks.push({ kind: "heading", text: raw.trim(), line });
      continue;
    }
    current = { kind: "paragraph", text: raw.trim(), line };
  }
  flush();
  return flattenedTables(markedByLoneMarks(joinBrokenParagraphs(blocks)).flatMap(unflatten));
}

/** A bullet's mark with nothing beside it: "•", "▪", "–". */
const loneMark = /^[•▪◦●·■□➢►▶–*-]$/u;

/**
 * A list whose marks a conversion put on lines of their own, each above its item's text with
 * blank lines between ("•" / "" / "Ta fram en vägledning …"): the block after a lone mark is the
 * item it marks, and the mark itself no block.
 */
function markedByLoneMarks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1];
    if (
      block.kind === "paragraph" &&
      loneMark.test(block.text) &&
      next &&
      (next.kind === "paragraph" || next.kind === "heading") &&
      !loneMark.test(next.text)
    ) {
      out.push({
        kind: "item",
        text: next.text,
        line: next.line,
        marker: block.text,
        ordered: false,
      });
      i++;
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * OCR and PDF exports put blank lines inside sentences ("… genomförs inom" / "ramen för …"). A
 * paragraph, or a lone line taken for a heading, that stops mid-sentence and a paragraph that
 * goes on in lower case are one paragraph. So are a list item and such a paragraph: a scanned
 * letter double-spaces its lines, so an item's second line ("• Nämnden bör fastställa … och" /
 * "följa upp att den hålls.") stands apart from its first.
 */
function joinBrokenParagraphs(blocks: Block[]): Block[] {
  const joined: Block[] = [];
  // A transcript that gives each page as a paragraph beginning with the page's number ("2
  // RIGSREVISORS NOTAT …", "3 vejledning om, …"): the number of the last such page, so that a
  // sentence the page break cut goes on where the next page's number follows on by one.
  let page: number | undefined;
  for (const block of blocks) {
    const previous = joined.at(-1);
    const numbered = block.kind === "paragraph" ? /^(\d{1,3}) (?=\p{L})/u.exec(block.text) : null;
    const pageOn = numbered && page !== undefined && Number(numbered[1]) === page + 1;
    const text = pageOn ? block.text.slice(numbered[0].length) : block.text;
    if (numbered) page = Number(numbered[1]);
    if (
      (previous?.kind === "paragraph" ||
        previous?.kind === "heading" ||
        previous?.kind === "item") &&
      block.kind === "paragraph" &&
      !/[.!?:;)]$/u.test(previous.text) &&
      /^\p{Ll}/u.test(text)
    ) {
      if (previous.kind === "heading") previous.kind = "paragraph";
      previous.text = joinLines(previous.text, text);
    } else joined.push(block);
  }
  return joined;
}

/** Chapter titles that a flattened text keeps inside its lines, after the chapter's number. */
const chapterWords =
  "(?:revisors )?anbefalinger|kommentarer|sammanfattning(?: och rekommendationer)?|sammanfattande (?:revisionell )?bedömning(?: och rekommendationer)?|revisionell bedömning|(?:samlad )?bedömning(?:ar)?(?: och rekommendationer)?|slutsatser(?: och rekommendationer)?|rekommendationer|inledning|bakgrund|syfte(?: och revisionsfrågor)?|revisionsfrågor|revisionskriterier|metod(?: och avgränsning)?|avgränsning(?:ar)?|iakttagelser(?: och (?:bedömningar|rekommendationer))?|granskningsresultat|executive summary|summary|recommendations|findings|conclusions?|background|introduction";
// The titles in any case, the letter after them a capital: a case-insensitive flag would make
// \p{Lu} match small letters too.
const anyCase = (words: string) =>
  words.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const chapterTitle = new RegExp(
  `(?:^(?:\\d{1,3}\\s+(?=\\d{1,2}\\.))?|(?<=[.!?:]\\s+))(\\d{1,2}(?:\\.\\d{1,2})*\\.?)\\s+(${anyCase(chapterWords)})\\s+(?=\\p{Lu})`,
  "gu",
);
const titleFirst = new RegExp(`^(${anyCase(chapterWords)})\\s+(?=\\p{Lu})`, "u");

/**
 * "1. Sammanfattning Vi har granskat …", "… alltid. 2. Rekommendationer Riksrevisionen …", "8 3.
 * Sammanfattande bedömning …" (the page's number first): a text flattened to one line per page
 * keeps each chapter's number and title in front of its first sentence. They are a heading and a paragraph, so that a list before a chapter never
 * runs into the next one. Only titles reports use count, and only before a capital letter.
 */
function inlineChapters(block: Block): Block[] | undefined {
  if (block.kind === "item" && block.ordered && /^\d/.test(block.marker ?? "")) {
    const title = titleFirst.exec(block.text);
    if (!title) return undefined;
    return [
      { kind: "heading", text: `${block.marker} ${title[1]}`, line: block.line },
      { kind: "paragraph", text: block.text.slice(title[0].length), line: block.line },
    ];
  }
  if (block.kind !== "paragraph") return undefined;
  const found = [...block.text.matchAll(chapterTitle)];
  if (found.length === 0) return undefined;
  const out: Block[] = [];
  let from = 0;
  for (const m of found) {
    const at = m.index ?? 0;
    const before = block.text.slice(from, at).trim();
    if (before) out.push({ ...block, text: before });
    out.push({ kind: "heading", text: `${m[1]} ${m[2]}`, line: block.line });
    from = at + m[0].length;
  }
  const rest = block.text.slice(from).trim();
  if (rest) out.push({ ...block, text: rest });
  return out;
}

/**
 * An intro that ends an inline item, in its own sentence without a stop before it: a capital
 * after a word in small letters, then words to a closing colon.
 */
const nextIntro = /(?<=\p{Ll})\s+(\p{Lu}[^.!?:]{3,120}:)$/u;

/** A sentence ends here when what follows starts a new one (a capital or a number). */
const sentenceEnd = /[.!?](?=\s+[\p{Lu}\d])/u;

/**
 * The last item of an inline list ends with its sentence, or earlier, where the item has no
 * stop of its own and the text after it runs on without one: at a capitalised word after a word
 * in small letters that no name could follow ("… med anledning av granskningen Revisorerna
 * översänder rapporten …."), not after "att", "till", "och" and the like, which a body's name
 * follows inside a sentence ("… att Socialnämnden säkerställer …").
 */
function splitLastItem(text: string): [string, string] {
  const [item, rest] = splitAtSentenceEnd(text);
  const runOn = /(?<=\p{Ll}{3})\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll})/gu;
  for (const m of item.matchAll(runOn)) {
    const before = item.slice(0, m.index);
    const word = /(\p{L}+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    if (nameMayFollow.test(word)) continue;
    return [before.trim(), `${item.slice(m.index).trim()} ${rest}`.trim()];
  }
  return [item, rest];
}
/** An item that runs on into the report's sign-off, cut before it (and, if last, before its run-on). */
function signedOff(item: string, at: number, last: boolean): [string, string] {
  const signing = item.slice(at).trim();
  if (!last) return [item.slice(0, at).trim(), signing];
  const [text, rest] = splitLastItem(item.slice(0, at));
  return [text, `${rest} ${signing}`.trim()];
}
const nameMayFollow =
  /^(?:att|och|som|till|för|av|med|hos|i|på|från|om|mot|under|inom|samt|eller|än|via|vid|enligt|mellan|genom|at|og|til|for|af|fra|med|hos|the|to|of|and|by|in|with|from)$/u;

function splitAtSentenceEnd(text: string): [string, string] {
  const end = sentenceEnd.exec(text);
  if (!end) return [text.trim(), ""];
  return [text.slice(0, end.index + 1).trim(), text.slice(end.index + 1).trim()];
}

// Bullets that text copied from a web page or a PDF keeps inline: " - ", " • ", " ● ", " – ".
// Word's symbol-font bullets survive a PDF's text layer inside a line as private-use glyphs.
const inlineBullet = /(?<=\S)\s+([-•●–◦▪■·►▶\uF0A7\uF0B7\uF0D8\uF076])\s+(?=["”(]?\p{L})/gu;
/** "Tolga, den 14. mars 2018": a place and date that sign a report off; a list ends before it. */
const signOff = /\s(?=\p{Lu}\p{Ll}+,?\s+den\s+\d{1,2}\.?\s+\p{L}+\s+(?:19|20)\d{2}\b)/u;
// After a sentence, a word, or a page's running number ("4 Side 3 av 4 Anbefaling 3 …").
const inlineRecommendation =
  /(?<=[.:!?]|\p{Ll}|\b(?:[Ss]ide|[Ss]ida|[Pp]age)\s+\d{1,3}\s+(?:av|of)\s+\d{1,3})\s+(?=(?:Rekommendation|Recommendation|Anbefaling|Tilråding|(?:Till|Til|Angående|Kommentar till|Svar på|Response to) (?:rekommendation|recommendation|anbefaling|tilråding))\s+\d{1,2}(?:\s*[:.])?\s+\p{Lu})/gu;

/** Whether a flattened table's header of three names or more ends at `end` in `text`. */
function endsHeader(text: string, end: number): boolean {
  const words = [...text.slice(0, end).matchAll(/\S+/gu)].slice(-8, -2);
  return words.some((w) => headerAt(text, w.index ?? 0)?.end === end);
}

/**
 * The text cut before each "Rekommendation 2 …" in it; not where the word is the last of a
 * table's header flattened into the line ("Nr Observation Risk Rekommendation 1 …"), whose
 * "1" is the first row's number.
 */
function splitAtInlineRecommendations(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(inlineRecommendation)) {
    const at = m.index ?? 0;
    const label =
      /^\s+(?:Rekommendation|Recommendation|Anbefaling|Tilråding)(?=\s+\d{1,2}\s)/u.exec(
        text.slice(at),
      );
    if (label && endsHeader(text, at + label[0].length)) continue;
    parts.push(text.slice(from, at));
    from = at;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * Text without line breaks (a web page, a PDF copied as one line) as the blocks it would have
 * been: a list introduced by a colon or a sentence and written inline ("… rekommendationer. -
 * Kommunstyrelsen bör … - …", "att: 1. … 2. …") becomes items, the last ending with its
 * sentence; "Rekommendation 2:" (or "Till rekommendation 2:") in the middle of a paragraph
 * starts a new one.
 */
function unflatten(block: Block): Block[] {
  const chapters = inlineChapters(block);
  if (chapters) return chapters.flatMap(unflatten);
  if (block.kind !== "paragraph") return [block];
  const parts = splitAtInlineRecommendations(block.text);
  if (parts.length > 1) return parts.flatMap((text) => unflatten({ ...block, text: text.trim() }));
  return (
    inlineItems(block, bulletSplit(block.text)) ??
    inlineItems(block, numberSplit(block.text)) ??
    inlineItems(block, capitalisedItems(block.text)) ?? [block]
  );
}

function inlineItems(block: Block, split: InlineList | undefined): Block[] | undefined {
  if (!split) return undefined;
  const out: Block[] = [];
  if (split.head) out.push({ ...block, text: split.head });
  if (split.heading) out.push({ kind: "heading", text: split.heading, line: block.line });
  for (const [n, item] of split.items.entries()) {
    const signed = signOff.exec(item);
    // "… minst två gånger per år Vi rekommenderar regionstyrelsen att:": the next list's intro
    // run into an item without a stop; the items after it are that intro's.
    const intro = signed ? null : nextIntro.exec(item);
    const last = n === split.items.length - 1;
    const [text, rest] = signed
      ? signedOff(item, signed.index, last)
      : intro
        ? [item.slice(0, intro.index).trim(), ""]
        : last
          ? splitLastItem(item)
          : splitAtSentenceEnd(item);
    out.push({
      kind: "item",
      // The page's number after the last item, the paragraph's end ("… för bidrag 3").
      text: last && !rest ? text.replace(pageNumberAfterItem, "") : text,
      line: block.line,
      marker: split.ordered ? `${n + 1}.` : split.marker,
      ordered: split.ordered,
    });
    if (intro) out.push({ kind: "paragraph", text: (intro[1] ?? "").trim(), line: block.line });
    if (rest) out.push(...unflatten({ ...block, text: rest }));
  }
  return out;
}

/** A page's number after a word, not one a word names ("kap 3", "steg 2", "bilaga 4"). */
const pageNumberAfterItem =
  /(?<=\s(?!(?:kap|punkt|steg|nr|nummer|avsnitt|bilaga|bilag|section|paragraph|page|sida|side|fas|etapp|chapter|appendix|level|nivå|del|part)\s)\p{Ll}{2,})\s+\d{1,3}$/u;

/** A list written inline: the text before it, a heading flattened in front of it, its items. */
interface InlineList {
  head: string;
  heading?: string;
  items: string[];
  marker: string;
  ordered: boolean;
}

function bulletSplit(text: string): InlineList | undefined {
  const found = [...text.matchAll(inlineBullet)];
  if (found.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const m of found) counts.set(m[1] ?? "", (counts.get(m[1] ?? "") ?? 0) + 1);
  // The commonest mark first; where it starts no list (dashes between a contents line's
  // numbers and titles: "Bilaga 1 - Bedömningskriterier"), the next that does.
  for (const [marker] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
    const all = found.filter((m) => m[1] === marker);
    // A dash between words earlier in the paragraph ("lönesystemet - svar på …") is
    // punctuation: the list starts at the first mark where a list may start.
    for (let from = 0; from < all.length; from++) {
      const list = inlineListFrom(text, all.slice(from), marker);
      if (list) return list;
    }
  }
  return undefined;
}

/** The inline list whose marks are `at`, if a list may start at the first of them. */
function inlineListFrom(
  text: string,
  at: RegExpExecArray[] | RegExpMatchArray[],
  marker: string,
): InlineList | undefined {
  const first = at[0];
  if (!first || first.index === undefined) return undefined;
  let head = text.slice(0, first.index).trim();
  // "… familjehemsvården. Beslut • Nämnden …": a page's heading flattened in front of its list,
  // trusted only before items that each begin as a sentence does.
  const title = /(?<=[.!?]\s)\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,2}$/u.exec(head);
  // A dash between words is punctuation; a list starts after a colon, a finished sentence or
  // a heading.
  if (
    head &&
    !/[:;.!?]$/.test(head) &&
    !/(?:rekommendation|recommendation)\p{L}*(?:\s+\S+){0,4}$/iu.test(head) &&
    !(
      title &&
      at.length >= 2 &&
      at.every((m) => /^\s*\p{Lu}/u.test(text.slice((m.index ?? 0) + m[0].length)))
    )
  )
    return undefined;
  if (at.length < 2 && !/:$/.test(head)) return undefined;
  const items: string[] = [];
  for (const [n, m] of at.entries()) {
    const start = (m.index ?? 0) + m[0].length;
    const end = at[n + 1]?.index ?? text.length;
    items.push(text.slice(start, end).trim());
  }
  const heading = title && !/[:;.!?]$/.test(head) ? title[0] : undefined;
  if (heading) head = head.slice(0, -heading.length).trim();
  return { head, ...(heading ? { heading } : {}), items, marker, ordered: false };
}

/**
 * A numbered list written inline, after a colon ("att: 1. … 2. …") or after a finished
 * sentence where each item starts a sentence of its own ("… besvaras under respektive punkt.
 * 1. Det finns behov av … 2. Ansvaret … bör …"), as a page flattened into one line has it.
 */
/**
 * A recommending lead that ends in "att" ("at", "to") before a capital, and sentences after it
 * that each open with a bidding verb: a list whose bullets were lost when the page was
 * flattened ("Revisorerna rekommenderar att åtgärder vidtas för att Införa … . Dokumentera … .
 * Svar på frågor …"). The items are those sentences, two or more; the last runs on as any last
 * item does.
 */
const leadBeforeCapital = /(?<!\p{L})(?:att|at|to)\s+(?=\p{Lu}\p{Ll})/gu;
const itemLength = 400;
const recommendingLead = /rekommender|föreslår|foreslår|anbefal|recommend|uppmanar/iu;
function capitalisedItems(text: string): InlineList | undefined {
  for (const m of text.matchAll(leadBeforeCapital)) {
    const before = text.slice(Math.max(0, m.index - 300), m.index);
    const lead = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf(": ")) + 1);
    if (!recommendingLead.test(lead)) continue;
    const start = m.index + m[0].length;
    const items: string[] = [];
    let from = start;
    // Each item is sought within the length an item may have, so that a text without stops is
    // not read to its end from each lead.
    while (from < text.length) {
      const window = text.slice(from, from + itemLength);
      const end = /[.!?](?=\s+[\p{Lu}\d]|\s*$)/u.exec(window);
      if (!end && from + itemLength < text.length) break;
      const sentence = window.slice(0, end ? end.index + 1 : window.length).trim();
      if (sentence.split(/\s+/u).length < 4 || !bidding.test(`${fold(sentence)} `)) break;
      items.push(sentence);
      from += end ? end.index + 1 : window.length;
    }
    if (items.length < 2) continue;
    const rest = text.slice(from).trim();
    items[items.length - 1] = `${items.at(-1)} ${rest}`.trim();
    return { head: text.slice(0, start).trim(), items, marker: "•", ordered: false };
  }
  return undefined;
}

/** The next number of an inline list: before a small letter, or before a capital where a sentence has ended. */
const nextNumber = (n: number) =>
  new RegExp(`\\s${n}[.)]\\s+(?=\\p{Ll})|(?<=[.;!?])\\s${n}[.)]\\s+(?=\\p{Lu})`, "u");

/**
 * Where a list numbered after a colon starts again before its "2." ("Vedlegg: 1. Notat om
 * status … Kommunestyret ber kommunedirektøren: 1. sørge for … 2. etablere …"): the earlier
 * "1." was a list of one (an attachment), and the list is the last one started before the "2.".
 */
function restartedList(text: string, start: RegExpExecArray): RegExpExecArray {
  const after = start.index + start[0].length;
  const two = nextNumber(2).exec(text.slice(after));
  if (!two) return start;
  const between = text.slice(after, after + two.index);
  let last: RegExpExecArray | undefined;
  for (const m of between.matchAll(/:\s+1[.)]\s+(?=\p{L})/gu)) last = m as RegExpExecArray;
  if (!last) return start;
  const moved = [...last] as unknown as RegExpExecArray;
  moved.index = after + (last.index ?? 0);
  return moved;
}

function numberSplit(text: string): InlineList | undefined {
  const start = /:\s+1[.)]\s+(?=\p{L})|(?<=\p{Ll}[.!?])\s+1[.)]\s+(?=\p{Lu}\p{Ll})/u.exec(text);
  if (!start) return undefined;
  const from = restartedList(text, start);
  const head = text.slice(0, from.index + 1).trim();
  const items: string[] = [];
  let rest = text.slice(from.index + from[0].length);
  for (let n = 2; ; n++) {
    // The next number before a small letter, or before a capital where a sentence has ended.
    const next = nextNumber(n).exec(rest);
    if (!next) {
      items.push(rest.trim());
      break;
    }
    items.push(rest.slice(0, next.index).trim());
    rest = rest.slice(next.index + next[0].length);
  }
  return items.length >= 2 ? { head, items, marker: "1.", ordered: true } : undefined;
}
