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
  if (known < 3 || !roles.some((r) => r === "recommendation" || r === "measure")) return undefined;
  return roles;
}

/** The lines with every table written one cell to a line turned into tab-separated rows. */
export function cellPerLineTables(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    if (i > 0 && (out[i - 1] ?? "").trim() !== "") continue;
    const roles = headerRun(out, i);
    if (!roles) continue;
    const width = roles.length;
    const header = out.slice(i, i + width).map((c) => c.trim());
    out.splice(i, width, header.join("\t"), ...Array<string>(width - 1).fill(""));
    let at = i + width;
    for (;;) {
      // A blank line may stand between rows, never inside one.
      while (at < out.length && (out[at] ?? "").trim() === "") at++;
      const cells = out.slice(at, at + width).map((c) => c.trim());
      if (cells.length < width || cells.some((c) => c === "")) break;
      // The next table's header, or a row that is only column names, ends this one.
      if (headerRun(out, at)) break;
      out.splice(at, width, cells.join("\t"), ...Array<string>(width - 1).fill(""));
      at += width;
    }
    i = at - 1;
  }
  return out;
}
