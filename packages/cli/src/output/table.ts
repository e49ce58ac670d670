/** A plain text table: columns padded to their widest cell, the last column wrapping to the width. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => visible(r[i] ?? "").length)),
  );
  const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const last = Math.max(20, width - fixed);
  widths[widths.length - 1] = Math.min(widths.at(-1) ?? last, last);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const w = widths[i] ?? 0;
        const text = i === cells.length - 1 ? truncate(cell, w) : cell;
        return i === cells.length - 1 ? text : pad(text, w);
      })
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...rows.map(line)].join("\n");
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes
const ansi = /\u001b\[[0-9;]*m/g;

function visible(text: string): string {
  return text.replace(ansi, "");
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - visible(text).length));
}

function truncate(text: string, width: number): string {
  const plain = visible(text);
  return plain.length <= width ? text : `${plain.slice(0, Math.max(0, width - 1))}…`;
}
