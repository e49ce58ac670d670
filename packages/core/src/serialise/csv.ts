/**
 * CSV that opens correctly in Swedish Excel: UTF-8 with a byte order mark (else Excel reads
 * Windows-1252), semicolons (the Swedish list separator, since the comma is the decimal sign)
 * and CRLF line ends.
 */
export function toCsv(header: readonly string[], rows: readonly CsvRow[]): string {
  return csvHeader(header) + csvRows(rows);
}

type CsvRow = readonly (string | number | undefined)[];

/** The file's start: the byte order mark and the header line. */
export function csvHeader(header: readonly string[]): string {
  return `\uFEFF${csvLine(header)}`;
}

/** Rows alone, each line ended: a file is its header followed by any number of these. */
export function csvRows(rows: readonly CsvRow[]): string {
  let text = "";
  for (const row of rows) text += csvLine(row);
  return text;
}

function csvLine(row: CsvRow): string {
  return `${row.map(csvField).join(";")}\r\n`;
}

function csvField(value: string | number | undefined): string {
  if (value === undefined) return "";
  let text = String(value);
  // A cell starting with = + - @ (or a tab or CR) is a formula to a spreadsheet: defuse it.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
