/**
 * A CSV file as core writes it (see core's `toCsv`) split into its records, each as written:
 * records end with CRLF outside quotes; a quoted field may hold line breaks. The byte order
 * mark is dropped.
 */
export function csvRecords(file: string): string[] {
  const text = file.startsWith("\uFEFF") ? file.slice(1) : file;
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      records.push(text.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}
