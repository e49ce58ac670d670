import { type ColumnRole, columnRole } from "./table-columns.ts";

/**
 * A table copied from a PDF or a web page often arrives one cell to a line: its header ("Ref",
 * "Recommendation", "Agreed action", "Responsible officer", "Target date"), then each row's
 * cells in the same order. Such a table is recognised by a header of at least three column
 * names Spårbar knows, among them what is recommended or done, and its rows are written as
 * tab-separated lines, which later steps read as rows.
 */

/** A header cell Spårbar does not know ("Audit", "Priority", "RAG", "Status (Q3)"): short, no digits. */
const otherHeaderCell = /^[\p{Lu}%][\p{L}%() ]{0,30}$/u;

function headerRun(lines: readonly string[], from: number): ColumnRole[] | undefined {
  const roles: ColumnRole[] = [];
  for (let i = from; i < lines.length; i++) {
    const cell = (lines[i] ?? "").trim();
    if (cell === "") break;
    const role = columnRole(cell);
    if (role) roles.push(role);
    else if (otherHeaderCell.test(cell) && cell.split(" ").length <= 4) roles.push("other");
    else break;
  }
  const known = roles.filter((r) => r !== "other").length;
  if (!roles.some((r) => r === "recommendation" || r === "measure")) return undefined;
  // Three names Spårbar knows, or two where one says to whom each row is addressed
  // ("Nr / Rekommendation / Ansvarig"): what is recommended and who should act make a
  // recommendations table whatever the other columns are called.
  const addressed = known >= 2 && roles.includes("responsible") && roles.length >= 3;
  return known >= 3 || addressed ? roles : undefined;
}

/**
 * Where cells stand one to a paragraph, a line each with a blank line after it: the lines of
 * `count` such cells from `from`, or nothing where a cell runs over more than a line.
 */
function paragraphCells(lines: readonly string[], from: number, count: number): number[] {
  const at: number[] = [];
  let i = from;
  while (at.length < count && i < lines.length) {
    if ((lines[i] ?? "").trim() === "" || (lines[i + 1] ?? "").trim() !== "") return [];
    at.push(i);
    i += 2;
    while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  }
  return at.length === count ? at : [];
}

/** A header one cell to a paragraph: two to six short names, one of them what is recommended. */
function paragraphHeader(lines: readonly string[], from: number): number[] {
  for (let width = 6; width >= 2; width--) {
    const at = paragraphCells(lines, from, width);
    const cells = at.map((i) => (lines[i] ?? "").trim());
    const roles = cells.map(
      (c) =>
        columnRole(c) ??
        (otherHeaderCell.test(c) && c.split(" ").length <= 3 ? "other" : undefined),
    );
    if (at.length === 0 || roles.includes(undefined)) continue;
    // One column of what is recommended; an answer's column beside it ("Management
    // Response") holds text too.
    const recommended = roles.filter((r) => r === "recommendation").length;
    const answered = roles.filter((r) => r === "measure").length;
    if (recommended === 1 ? answered <= 1 : recommended === 0 && answered === 1) return at;
  }
  return [];
}

/**
 * "Nr", "Rekommendation", "Prioritet", then "1", "Inför en månatlig …", "Hög", each cell a
 * paragraph of its own: a table flattened one cell per paragraph. Its rows are kept only where
 * each holds a sentence of four words or more in the text column and short cells elsewhere, for
 * two rows at least, so that a run of short headings is never taken for a table.
 */
function paragraphTable(lines: string[], from: number): number | undefined {
  const header = paragraphHeader(lines, from);
  if (header.length === 0) return undefined;
  const width = header.length;
  const roles = header.map((i) => columnRole((lines[i] ?? "").trim()));
  const textColumn = roles.findIndex((r) => r === "recommendation" || r === "measure");
  const rows: number[][] = [];
  let next = (header.at(-1) ?? from) + 1;
  while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
  for (;;) {
    const row = paragraphCells(lines, next, width);
    const cells = row.map((i) => (lines[i] ?? "").trim());
    // A numbered column counts on by one: a page's number after the last row ends the table.
    const previous = rows.at(-1)?.map((i) => (lines[i] ?? "").trim());
    const countsOn = (c: string, k: number) =>
      !previous || !/^\d{1,3}$/.test(previous[k] ?? "") || Number(c) === Number(previous[k]) + 1;
    const fits =
      row.length === width &&
      cells.every((c, k) =>
        k === textColumn
          ? c.split(/\s+/).length >= 4
          : roles[k] === "measure" ||
            // A short cell: a number, a name, a rating, or an audit's title of a few words
            // ("Adult Social Care Direct Payments") that no stop ends.
            ((c.split(/\s+/).length <= 4 || (c.split(/\s+/).length <= 6 && !/[.!?]$/u.test(c))) &&
              countsOn(c, k)),
      );
    if (!fits) break;
    rows.push(row);
    next = (row.at(-1) ?? next) + 1;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
  }
  if (rows.length < 2) return undefined;
  for (const cells of [header, ...rows]) {
    const [first = 0, ...rest] = cells;
    lines[first] = cells.map((i) => (lines[i] ?? "").trim()).join("\t");
    for (const i of rest) lines[i] = "";
  }
  return (rows.at(-1)?.at(-1) ?? from) + 1;
}

/**
 * Whether a line may stand just before a header: a blank line, or text that cannot be a column's
 * name (a sentence, a title with a colon), as in a register flattened from a PDF with no blank
 * line in it. A short name before the run would be its first column, so the run starts there.
 */
function opensHeader(lines: readonly string[], at: number): boolean {
  const before = (lines[at - 1] ?? "").trim();
  return (
    at === 0 ||
    before === "" ||
    (columnRole(before) === undefined &&
      !(otherHeaderCell.test(before) && before.split(" ").length <= 4))
  );
}

/**
 * A row's cells from `at`, one to a line, where a cell wrapped over two lines ("… in the
 * billing" / "system.") is joined again: a line that begins in lower case after one that ends
 * with no stop goes on the cell before it, where that line is long enough to have wrapped (a
 * number or a name never does). In a table whose rows are numbered ("1", the text, "Hög",
 * "2", …) the number marks where a row begins, so a line in small letters goes on its cell
 * however short the line before, and so does any line after one ending in a comma (two
 * committees in one cell: "Tekniska nämnden," / "Vård- och omsorgsnämnden"). The cells and
 * the lines they took.
 */
const wrapsAt = 40;
/** An empty cell's placeholder in small letters ("n/a", "tbc"): a cell of its own, never a wrap. */
const placeholderCell = /^(?:n\/a|n\.a\.|na|tbc|tbd|tba|none|ej aktuellt|e\/t|i\/r)$/iu;
function rowAt(lines: readonly string[], at: number, width: number, numbered: boolean) {
  const cells: string[] = [];
  let i = at;
  const wraps = (cell: string, next: string) =>
    (/^\p{Ll}/u.test(next) &&
      !placeholderCell.test(next) &&
      !/[.!?:;]$/u.test(cell) &&
      (numbered || cell.length >= wrapsAt)) ||
    (numbered && /,$/u.test(cell) && next !== "" && !/^\d{1,3}\.?$/u.test(next));
  while (cells.length < width && i < lines.length) {
    let cell = (lines[i] ?? "").trim();
    i++;
    if (cell === "") {
      cells.push(cell);
      continue;
    }
    // A row's number is a cell of its own; the text after it begins the next cell.
    while (!(numbered && cells.length === 0) && wraps(cell, (lines[i] ?? "").trim())) {
      cell = `${cell} ${(lines[i] ?? "").trim()}`;
      i++;
    }
    cells.push(cell);
  }
  return { cells, taken: i - at };
}

/** A page's count at a line's end: "… | Page 3 of 4", "Sida 3 av 12", "Side 2 af 9". */
const pageCount = /(?:^|[\s|\t])(?:page|sida|side|s\.)\s+\d{1,3}\s+(?:of|av|af)\s+\d{1,3}\s*$/iu;

/** Whether the first row's first cell, at `at` past any blank line, is the number 1. */
function numberedFrom(lines: readonly string[], at: number): boolean {
  let i = at;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  return /^1\.?$/u.test((lines[i] ?? "").trim());
}

/** A column of the questions a review asks: "Kontrollfråga", "Revisionsfråga", "Audit question". */
const questionColumn =
  /^(?:kontroll|revisions|gransknings|del)?(?:fråga|frågor|mål)$|^(?:control |audit |review )?questions?$|^kontrollmål$/iu;

/** The most lines one wrapped cell of a question table may take. */
const cellLines = 8;

/**
 * A wrapped cell of a question table from `at`: its lines up to one that ends a sentence ("?",
 * ".", "!") or stands for an empty cell ("–", "-"), joined. The cell and the lines it took.
 */
function sentenceCell(lines: readonly string[], at: number): { cell: string; taken: number } {
  const parts: string[] = [];
  for (let i = at; i < lines.length && i < at + cellLines; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") break;
    parts.push(line);
    if (/[.?!]$|^[–—-]$/u.test(line)) return { cell: parts.join(" "), taken: i - at + 1 };
  }
  return { cell: "", taken: 0 };
}

/**
 * "Kontrollfråga" / "Kommentar" / "Rekommendation" and then each row's cells wrapped over
 * several lines, as a PDF's text layer gives a table of control questions: a row begins with
 * its question, which ends with "?", and every cell ends with a sentence's stop or is a dash.
 * Read only where the header's first column holds the questions and one holds what is
 * recommended, and for two rows at least. Returns the line after the table.
 */
function questionTable(lines: string[], from: number): number | undefined {
  const header: string[] = [];
  for (let i = from; i < lines.length && header.length < 6; i++) {
    const cell = (lines[i] ?? "").trim();
    const named = columnRole(cell) ?? (otherHeaderCell.test(cell) ? "other" : undefined);
    if (!cell || !named || cell.split(" ").length > 3) break;
    header.push(cell);
  }
  const width = header.findIndex((c) => columnRole(c) === "recommendation") + 1;
  if (width < 2 || !questionColumn.test(header[0] ?? "")) return undefined;
  const rows: { at: number; taken: number; cells: string[] }[] = [];
  let at = from + width;
  for (;;) {
    const cells: string[] = [];
    let taken = 0;
    while (cells.length < width) {
      const next = sentenceCell(lines, at + taken);
      if (next.taken === 0) break;
      cells.push(next.cell);
      taken += next.taken;
    }
    if (cells.length < width || !(cells[0] ?? "").endsWith("?")) break;
    rows.push({ at, taken, cells });
    at += taken;
  }
  if (rows.length < 2) return undefined;
  lines.splice(
    from,
    width,
    header.slice(0, width).join("\t"),
    ...Array<string>(width - 1).fill(""),
  );
  for (const row of rows)
    lines.splice(row.at, row.taken, row.cells.join("\t"), ...Array<string>(row.taken - 1).fill(""));
  return at;
}

/** The lines with every table written one cell to a line turned into tab-separated rows. */
export function cellPerLineTables(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    if (i > 0 && (out[i - 1] ?? "").trim() !== "") continue;
    const end = paragraphTable(out, i);
    if (end !== undefined) i = end - 1;
  }
  for (let i = 0; i < out.length; i++) {
    if (!opensHeader(out, i)) continue;
    const end = questionTable(out, i);
    if (end !== undefined) i = end - 1;
  }
  for (let i = 0; i < out.length; i++) {
    if (!opensHeader(out, i)) continue;
    const roles = headerRun(out, i);
    if (!roles) continue;
    const width = roles.length;
    const header = out.slice(i, i + width).map((c) => c.trim());
    out.splice(i, width, header.join("\t"), ...Array<string>(width - 1).fill(""));
    let at = i + width;
    const numbered = numberedFrom(out, at);
    for (let row = 1; ; row++) {
      // A blank line may stand between rows, never inside one, and so may a page's running
      // footer or header where the table runs over a page ("Internal Audit | Rates | Page 3
      // of 4", "Sida 3 av 12"): the footer is no row, and the rows go on after it.
      for (;;) {
        while (at < out.length && (out[at] ?? "").trim() === "") at++;
        if (at >= out.length || !pageCount.test(out[at] ?? "")) break;
        out[at] = "";
      }
      let { cells, taken } = rowAt(out, at, width, numbered);
      // A group's heading between rows ("Issue: Inspection records are incomplete"), a line
      // of its own with a blank line after it, is left as it is, and the rows go on after it.
      const group = at + 2;
      if (cells[1] === "" && (out[at] ?? "").trim() !== "" && !headerRun(out, group)) {
        const next = out.slice(group, group + width).map((c) => c.trim());
        if (next.length === width && next.every((c) => c !== "")) {
          at = group;
          cells = next;
          taken = width;
        }
      }
      if (cells.length < width || cells.some((c) => c === "")) break;
      // Numbered rows count on by one: a page's footer after the last row is no row.
      if (numbered && Number.parseInt(cells[0] ?? "", 10) !== row) break;
      // The next table's header, or a row that is only column names, ends this one.
      if (headerRun(out, at)) break;
      // In numbered rows, the bodies responsible may stand a line each ("Kommunstyrelsen" /
      // "Samhällsbyggnadsnämnden"): a short line without a stop before the next row's number,
      // a blank line or the text's end goes on the last cell, where that column says who acts.
      if (numbered && roles[width - 1] === "responsible")
        for (let extra = 0; extra < 3; extra++) {
          const line = (out[at + taken] ?? "").trim();
          const after = (out[at + taken + 1] ?? "").trim();
          const ends = after === "" || Number.parseInt(after, 10) === row + 1;
          if (!line || /[.!?:;]$|^\d/u.test(line) || line.split(/\s+/).length > 4 || !ends) break;
          cells[width - 1] = `${cells[width - 1]}, ${line}`;
          taken++;
        }
      out.splice(at, taken, cells.join("\t"), ...Array<string>(taken - 1).fill(""));
      at += taken;
    }
    i = at - 1;
  }
  return out;
}
