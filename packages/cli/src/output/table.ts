/**
 * A plain text table: columns padded to their widest cell, the last column wrapped to the width,
 * so that nothing a row says is cut off; where the other columns leave it too little room, it
 * stands indented on lines of its own under each row. Given no width (a file or a pipe), every
 * row is one line.
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => visible(r[i] ?? "").length)),
  );
  const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  // Too narrow a last column is no column: it goes on lines of its own under each row.
  const under = width - fixed < 30;
  const last = under ? Math.max(20, width - 4) : width - fixed;
  if (!under) widths[widths.length - 1] = Math.min(widths.at(-1) ?? last, last);
  const line = (cells: readonly string[]) => {
    const head = cells
      .slice(0, -1)
      .map((cell, i) => pad(cell, widths[i] ?? 0))
      .join("  ");
    if (under) {
      const text = (cells.at(-1) ? wrap(cells.at(-1) ?? "", last) : []).map((l) => `    ${l}`);
      return [head.trimEnd(), ...text].join("\n");
    }
    const [first = "", ...more] = wrap(cells.at(-1) ?? "", widths.at(-1) ?? last);
    const indent = " ".repeat(fixed);
    return [`${head}${head ? "  " : ""}${first}`.trimEnd(), ...more.map((l) => indent + l)].join(
      "\n",
    );
  };
  const rule = widths.map((w, i) => (under && i === widths.length - 1 ? "" : "─".repeat(w)));
  return [line(header), line(rule), ...rows.map(line)].join("\n");
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes
const ansi = /\u001b\[[0-9;]*m/g;

function visible(text: string): string {
  return text.replace(ansi, "");
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - visible(text).length));
}

/**
 * A cell's words in lines no wider than `width`; a word longer than that is broken. A coloured
 * cell is wrapped as plain text, since a colour code split over lines would colour the table.
 */
function wrap(text: string, width: number): string[] {
  if (visible(text).length <= width) return [text];
  const lines: string[] = [];
  let current = "";
  for (const word of visible(text).split(" ")) {
    let rest = word;
    while (rest.length > width) {
      if (current) {
        lines.push(current);
        current = "";
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= width) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines;
}
