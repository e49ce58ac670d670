/**
 * CSV that opens correctly in Swedish Excel: UTF-8 with a byte order mark (else Excel reads
 * Windows-1252), semicolons (the Swedish list separator, since the comma is the decimal sign)
 * and CRLF line ends.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function csvField(value: string | number | undefined): string {
  if (value === undefined) return "";
  let text = String(value);
  // A cell starting with = + - @ (or a tab or CR) is a formula to a spreadsheet: defuse it.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
