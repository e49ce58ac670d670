import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { REPORTED_PER_KIND } from "./characters.ts";

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; diagnostics: [Diagnostic, ...Diagnostic[]] };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes a source file as strict UTF-8. A UTF-8 byte order mark is dropped, CRLF and lone CR
 * become LF (lines stay where editors show them) and text is NFC-normalised so that `ä` typed
 * on any system compares equal. UTF-16, binary and invalid bytes are refused with a place.
 */
export function decodeSource(bytes: Uint8Array, file: string): Decoded {
  if (looksLikeUtf16(bytes)) {
    return { ok: false, diagnostics: [diagnostic("encoding-utf16", { file, place: at(1, 1) })] };
  }
  if (bytes.indexOf(0) !== -1) return { ok: false, diagnostics: nulBytes(bytes, file) };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const byte = bytes[bad] ?? 0;
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    const latin1 = byte >= 0x80;
    return {
      ok: false,
      diagnostics: [
        diagnostic("encoding-invalid-utf8", {
          file,
          place: placeOfByte(bytes, bad),
          message: {
            sv: `Byten ${hex} är inte giltig UTF-8 här${latin1 ? " (filen ser ut att vara Latin-1 eller Windows-1252)" : ""}`,
            en: `Byte ${hex} is not valid UTF-8 here${latin1 ? " (the file looks like Latin-1 or Windows-1252)" : ""}`,
          },
        }),
      ],
    };
  }
  return { ok: true, text: normaliseText(text) };
}

export function normaliseText(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.replace(/\r\n?/g, "\n").normalize("NFC");
}

function at(line: number, column: number) {
  return { line, column };
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2) {
    const [a, b] = [bytes[0], bytes[1]];
    if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  }
  // Without a BOM, UTF-16 text of Latin letters has a NUL in every other byte.
  const sample = Math.min(bytes.length, 512);
  if (sample < 8) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const half = sample / 2;
  return evenNul > half * 0.6 || oddNul > half * 0.6;
}

/** Line and column of a byte offset, counting characters before it as well as they decode. */
function placeOfByte(bytes: Uint8Array, offset: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return at(line, columnOf(bytes, lineStart, offset));
}

const lenient = new TextDecoder("utf-8");

function columnOf(bytes: Uint8Array, lineStart: number, offset: number): number {
  return lenient.decode(bytes.subarray(lineStart, offset)).length + 1;
}

/**
 * Every NUL byte at its line and column, in one pass: a text file with a few stray NULs can be
 * mended in one go. A binary file has thousands, so after the first hundred one problem
 * counts the rest.
 */
function nulBytes(bytes: Uint8Array, file: string): [Diagnostic, ...Diagnostic[]] {
  const found: Diagnostic[] = [];
  let line = 1;
  let lineStart = 0;
  let more = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (byte === 0) {
      if (found.length === REPORTED_PER_KIND) {
        more = bytes.subarray(i).filter((b) => b === 0).length;
        found.push(
          diagnostic("file-binary", {
            file,
            place: at(line, columnOf(bytes, lineStart, i)),
            message: {
              sv: `${more} NUL-byte till från och med här: filen ser inte ut att vara en textfil`,
              en: `${more} more NUL bytes from here on: the file does not look like a text file`,
            },
          }),
        );
        break;
      }
      found.push(
        diagnostic("file-binary", {
          file,
          place: at(line, columnOf(bytes, lineStart, i)),
          message: {
            sv: "En NUL-byte står här; en textfil har inga",
            en: "A NUL byte is here; a text file has none",
          },
        }),
      );
    }
  }
  return found as [Diagnostic, ...Diagnostic[]];
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
