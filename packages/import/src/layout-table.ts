import { columnRole } from "./table-columns.ts";

/** A run of words on a line, and where on the line it begins. */
interface Piece {
  at: number;
  text: string;
}

/** The runs of a line that gaps of two spaces or more keep apart. */
function piecesOf(line: string): Piece[] {
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ at: m.index, text: m[0] }));
}

/**
 * A run that reaches over a column's start is cut where a word begins just there: "Direkt-
 * upphandling Tre av tio" set one space from the next column is two cells.
 */
function cutAtColumns(piece: Piece, starts: readonly number[]): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const start of starts) {
    const at = start - piece.at;
    if (at <= from || at >= piece.text.length) continue;
    if (piece.text[at - 1] !== " " || piece.text[at] === " ") continue;
    out.push({ at: piece.at + from, text: piece.text.slice(from, at - 1) });
    from = at;
  }
  out.push({ at: piece.at + from, text: piece.text.slice(from) });
  return out;
}

/** The column a run stands in, if it begins at (or within two places of) a column's start. */
function columnOf(piece: Piece, starts: readonly number[]): number | undefined {
  const column = starts.findIndex((start) => Math.abs(piece.at - start) <= 2);
  return column >= 0 ? column : undefined;
}

/** "Område   Iakttagelse   Rekommendation": column names set apart by gaps, one of them what is recommended. */
function headerStarts(line: string): number[] | undefined {
  const pieces = piecesOf(line);
  if (pieces.length < 2 || pieces.length > 6) return undefined;
  const roles = pieces.map((p) => columnRole(p.text));
  if (roles.some((r) => r === undefined)) return undefined;
  if (roles.filter((r) => r === "recommendation").length !== 1) return undefined;
  return pieces.map((p) => p.at);
}

/**
 * A table a PDF's text layer keeps in layout mode: the columns stand where the header's names
 * stand, a row's cells wrap over several lines under them, and a row begins where its first
 * column has words ("Tillsynsplan      Tillsynsplanen för 2027 har        Nämnden bör …",
 * "1   Besluta om …   Tekniska nämnden"). Each row is written on its first line as
 * tab-separated cells, each cell's lines joined, which later steps read as a table's row. The
 * table ends at a line whose words stand in no column, or that has no gap at all where a row
 * would begin.
 */
export function layoutColumnTables(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const line = out[i] ?? "";
    if (!/\S {2,}\S/u.test(line)) continue;
    const starts = headerStarts(line);
    if (!starts) continue;
    out[i] = piecesOf(line)
      .map((p) => p.text)
      .join("\t");
    let row: { at: number; cells: string[] } | undefined;
    const write = () => {
      if (row) out[row.at] = row.cells.map((c) => c.trim()).join("\t");
      row = undefined;
    };
    let j = i + 1;
    for (; j < out.length; j++) {
      const text = out[j] ?? "";
      if (text.trim() === "") continue;
      const pieces = piecesOf(text).flatMap((p) => cutAtColumns(p, starts));
      const columns = pieces.map((p) => columnOf(p, starts));
      if (columns.some((c) => c === undefined)) break;
      const first = columns[0] === 0;
      // A row's first line has its cells apart; prose run on after the table has none.
      if (first && pieces.length < 2) break;
      if (first) {
        write();
        row = { at: j, cells: starts.map(() => "") };
      } else if (!row) break;
      for (const [n, piece] of pieces.entries()) {
        const column = columns[n] ?? 0;
        row.cells[column] = `${row.cells[column] ?? ""} ${piece.text}`;
      }
      if (row.at !== j) out[j] = "";
    }
    write();
    i = j - 1;
  }
  return out;
}
