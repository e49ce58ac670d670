import { responsibleAtEnd, splitRow } from "./flattened-table.ts";
import { joinLines } from "./join-lines.ts";
import { type ColumnRole, headerAt } from "./table-columns.ts";

/**
 * A table printed in a PDF whose rows break over several lines: a line of column names ("Nr
 * Rekommendation Ansvar Prioritet"), then each row from its number and the start of its text
 * ("1 Fastställa riktlinjer för hur investeringar ska") over the lines that continue it, to the
 * line that holds its last cells ("Kommunstyrelsen Hög"). A row is read line by line until it
 * can be cut into the header's cells, from its end as a flattened table's row is; the next row
 * begins with the next number, and anything else ends the table. Rows become tab-separated
 * lines, as a table whose separators survived would have given them.
 */

/** The most lines one row may take. */
const rowLines = 12;

/** A closing cell of one short capitalised word: a priority ("Hög", "Medel"), a status. */
const shortCell = /\s(\p{Lu}\p{Ll}{1,11})$/u;

/** One row's cells in the header's order, or undefined if the text does not fill them. */
function rowCells(text: string, roles: readonly ColumnRole[]): string[] | undefined {
  let rest = text;
  const cells: string[] = [];
  let inner = roles;
  // A number column first: the row's number is its cell.
  if (roles[0] === "other") {
    const number = /^(\d{1,2})[.)]?\s+/u.exec(rest);
    if (!number) return undefined;
    cells.push(number[1] ?? "");
    rest = rest.slice(number[0].length);
    inner = inner.slice(1);
  }
  let closing: string | undefined;
  if (inner.at(-1) === "other") {
    const last = shortCell.exec(rest);
    if (!last) return undefined;
    closing = last[1] ?? "";
    rest = rest.slice(0, last.index);
    inner = inner.slice(0, -1);
  }
  if (inner.length === 0 || inner.includes("other")) return undefined;
  const split = splitRow(rest, inner);
  if (!split || split.rest || split.cells.some((c) => c === "")) return undefined;
  return [...cells, ...split.cells, ...(closing === undefined ? [] : [closing])];
}

const startsRow = (line: string, n: number) =>
  new RegExp(`^\\s*${n}[.)]?\\s+\\p{Lu}`, "u").test(line);

type Row = { from: number; to: number; cells: string[] };

const nextFilled = (lines: readonly string[], at: number) => {
  let k = at;
  while (k < lines.length && (lines[k] ?? "").trim() === "") k++;
  return k;
};

/**
 * "Nr Rekommendation Ansvarig" where each printed line holds its own piece of both cells: the
 * responsible body beside the first lines of the text ("1 Socialnämnden bör inför framtida
 * Socialnämnden", "boendeprojekt ta fram …"), blank lines between them as a PDF's text layer
 * gives them. Each line's closing run that names a unit goes to the responsible cell, the rest
 * to the text; a row ends at the line that starts the next, or, for the last, at its text's
 * full stop. Two rows at least, each with a responsible body, or nothing is read.
 */
function linewiseRows(lines: readonly string[], start: number): Row[] {
  const rows: Row[] = [];
  let at = nextFilled(lines, start);
  for (let n = 1; startsRow(lines[at] ?? "", n); n++) {
    let text = "";
    const responsible: string[] = [];
    let to = at;
    for (
      let k = at, taken = 0;
      k < lines.length && taken < rowLines;
      k = nextFilled(lines, k + 1)
    ) {
      let line = (lines[k] ?? "").trim();
      if (k > at && (startsRow(line, n + 1) || /[.!?]$/u.test(text))) break;
      if (k === at) line = line.replace(/^\d{1,2}[.)]?\s+/u, "");
      const unit = responsibleAtEnd(line);
      if (unit) {
        responsible.push(unit);
        line = line.slice(0, line.length - unit.length).trim();
      }
      text = text ? joinLines(text, line) : line;
      to = k;
      taken++;
    }
    if (responsible.length === 0 || !/[.!?]$/u.test(text)) break;
    rows.push({ from: at, to, cells: [String(n), text, responsible.join(" ")] });
    at = nextFilled(lines, to + 1);
  }
  return rows.length >= 2 ? rows : [];
}

/** The lines with every such table made tab-separated rows. */
export function brokenRowTables(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const line = (out[i] ?? "").trim();
    const header = line && !line.includes("\t") ? headerAt(line) : undefined;
    if (!header || header.end !== line.length) continue;
    if (!startsRow(out[i + 1] ?? "", 1)) {
      const byLine =
        header.roles.join(" ") === "other recommendation responsible"
          ? linewiseRows(out, i + 1)
          : [];
      if (byLine.length > 0) {
        i = writeRows(out, i, header.names, byLine);
        continue;
      }
    }
    // A blank line may stand between the header and the first row, as between the rows.
    const rows: Row[] = [];
    let at = nextFilled(out, i + 1);
    if (at - i > 3) continue;
    for (let n = 1; startsRow(out[at] ?? "", n); n++) {
      let text = (out[at] ?? "").trim();
      let cells: string[] | undefined;
      let to = at;
      // The last cell may wrap too ("Driftsnämnd vård och" / "omsorg"): a row that can be cut
      // takes the lines after it while it still can, up to a blank line or the next row.
      for (let k = at; k < Math.min(out.length, at + rowLines); k++) {
        if (k > at) text = joinLines(text, out[k] ?? "");
        const read = rowCells(text, header.roles);
        if (read) {
          cells = read;
          to = k;
        } else if (cells) break;
        const next = out[k + 1] ?? "";
        if (next.trim() === "" || startsRow(next, n + 1)) break;
      }
      if (!cells) break;
      rows.push({ from: at, to, cells });
      at = to + 1;
      while (at < out.length && (out[at] ?? "").trim() === "") at++;
    }
    if (rows.length === 0) continue;
    i = writeRows(out, i, header.names, rows);
  }
  return out;
}

/** The header and rows written as tab-separated lines in place; the index of the last line. */
function writeRows(out: string[], header: number, names: readonly string[], rows: Row[]): number {
  out[header] = names.join("\t");
  for (const row of rows) {
    out[row.from] = row.cells.join("\t");
    for (let k = row.from + 1; k <= row.to; k++) out[k] = "";
  }
  return rows.at(-1)?.to ?? header;
}
