/**
 * Plain text from a report (typed, exported or OCR'd) as blocks: paragraphs, list items, table
 * rows and headings, each with the line it starts on. Page headers, footers and page numbers
 * are dropped, words broken by hyphenation are joined, and OCR'd bullets are recognised.
 */
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
const numberMarker = /^[ \t]*(\(?\d{1,2}[.)]|[a-h][.)])[ \t]+(?=\S)/;
const pageNumberOnly =
  /^[ \t]*(?:(?:sida|page|s\.)[ \t]*)?\d{1,3}(?:[ \t]*(?:av|of|\/)[ \t]*\d{1,3})?[ \t]*$/i;
// Three spaces, or a tab: text read from a PDF marks a wide gap with one.
const trailingPageNumber =
  /(?:[ \t]{3,}|\t)(?:(?:sida|page)[ \t]+)?\d{1,3}(?:[ \t]*(?:av|of)[ \t]*\d{1,3})?[ \t]*$/i;

/** Words that may follow a kept hyphen: "arbetsmarknads- och socialnämnden". */
const afterKeptHyphen = /^(och|eller|samt|resp|respektive|and|or|till)\b/i;

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

/** Lines that repeat across pages (running headers and footers), by their text without page numbers. */
function repeatedLines(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    const key = line.replace(trailingPageNumber, "").trim();
    if (key.length < 6 || key.length > 120 || /[.!?;:,]$/.test(key)) continue;
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

function joinLines(a: string, b: string): string {
  const left = a.replace(/[ \t]+$/, "");
  const right = b.trim();
  const broken = /(\p{L})-$/u.exec(left);
  if (broken && /^\p{Ll}/u.test(right) && !afterKeptHyphen.test(right))
    return left.slice(0, -1) + right;
  return `${left} ${right}`;
}

export function textBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\f/g, "\n").split("\n");
  const repeated = repeatedLines(lines);
  const blocks: Block[] = [];
  let current: Block | undefined;
  const flush = () => {
    if (current) blocks.push({ ...current, text: current.text.replace(/\s+/g, " ").trim() });
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const line = i + 1;
    if (raw.trim() === "") {
      flush();
      continue;
    }
    if (isPageArtifact(raw, repeated)) continue;
    if (raw.includes("\t") && raw.split("\t").filter((c) => c.trim()).length >= 2) {
      flush();
      const cells = raw
        .split("\t")
        .map((c) => c.trim())
        .filter(Boolean);
      blocks.push({ kind: "row", text: cells.join(" | "), line, cells });
      continue;
    }
    const marker = markerOf(raw);
    // "2. Inledning" followed by a blank line is a numbered heading, not a list item.
    if (
      marker?.ordered &&
      marker.rest.length < 60 &&
      !/[.:;,?]$/.test(marker.rest.trim()) &&
      (lines[i + 1] ?? "").trim() === ""
    ) {
      flush();
      blocks.push({ kind: "heading", text: raw.trim(), line });
      continue;
    }
    if (marker) {
      flush();
      current = {
        kind: "item",
        text: marker.rest.trim(),
        line,
        marker: marker.marker,
        ordered: marker.ordered,
      };
      continue;
    }
    if (current) {
      // A short line is not wrapped text: "Granskning av …" above "Lerums kommun" are two blocks.
      const previous = lines[i - 1] ?? "";
      if (
        current.kind === "paragraph" &&
        previous.trim().length < 45 &&
        !/-$/.test(previous.trim()) &&
        /^\p{Lu}/u.test(raw.trim())
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
  return joinBrokenParagraphs(blocks);
}

/**
 * OCR and PDF exports put blank lines inside sentences ("… genomförs inom" / "ramen för …"). A
 * paragraph, or a lone line taken for a heading, that stops mid-sentence and a paragraph that
 * goes on in lower case are one paragraph.
 */
function joinBrokenParagraphs(blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    if (
      (previous?.kind === "paragraph" || previous?.kind === "heading") &&
      block.kind === "paragraph" &&
      !/[.!?:;)]$/u.test(previous.text) &&
      /^\p{Ll}/u.test(block.text)
    ) {
      previous.kind = "paragraph";
      previous.text = joinLines(previous.text, block.text);
    } else joined.push(block);
  }
  return joined;
}
