import { keyLine, readResponseBody } from "../load/response-body.ts";
import { firstLimitExceeded } from "../markdown/limits.ts";
import { parseMarkdown } from "../markdown/parse.ts";
import { LineIndex } from "../text/line-index.ts";

/** A line that starts a block of its own: a list item, a heading, a quote or a blank line. */
const blockStart = /^\s*(?:$|[-*+]\s|\d{1,9}[.)]\s|#{1,6}\s|>)/;

/**
 * Writes the id every measure already has onto an `Id:` line under it, where it is not written
 * yet, so that the id stays when measures are added or moved later (see `assignMeasureIds`).
 * The ids written are the ones the loader gives, so no reference changes meaning. A body whose
 * written ids are invalid or repeated is left for the writer to correct.
 */
export function writeMeasureIds(text: string, bodyOffset: number, bodyLine: number): string {
  // A body past the Markdown limits is not parsed here either: `check` reports it, ids wait.
  if (firstLimitExceeded(text.slice(bodyOffset))) return text;
  const lines = new LineIndex(text);
  const read = readResponseBody(parseMarkdown(text.slice(bodyOffset)), {
    file: "",
    text,
    lines,
    bodyOffset,
    bodyLine,
    responseId: "",
  });
  if (read.diagnostics.some((d) => d.code === "measure-id-invalid" || d.code === "duplicate-id"))
    return text;
  const rows = text.split("\n");
  // Inserted from the last measure up, so that the line numbers of those above stay right.
  const missing = read.sections
    .flatMap((s) => s.measures)
    .filter((m) => !m.id_written)
    .sort((a, b) => b.place.line - a.place.line);
  for (const measure of missing) {
    const local = measure.id.split("/").at(-1) ?? "";
    let last = measure.place.line - 1;
    let indent = "  ";
    for (let k = last + 1; k < rows.length; k++) {
      const row = rows[k] ?? "";
      const key = keyLine.exec(row);
      if (key) {
        indent = key[1] || indent;
        break;
      }
      if (blockStart.test(row)) break;
      last = k;
    }
    rows.splice(last + 1, 0, `${indent}Id: ${local}`);
  }
  return rows.join("\n");
}
