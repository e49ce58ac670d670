import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes a source file as strict UTF-8. A UTF-8 byte order mark is dropped, CRLF and lone CR
 * become LF (lines stay where editors show them) and text is NFC-normalised so that `ä` typed
 * on any system compares equal. UTF-16, binary and invalid bytes are refused with a place.
 */
export function decodeSource(bytes: Uint8Array, file: string): Decoded {
  if (looksLikeUtf16(bytes)) {
    return { ok: false, diagnostic: diagnostic("encoding-utf16", { file, place: at(1, 1) }) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      diagnostic: diagnostic("file-binary", {
        file,
        place: placeOfByte(bytes, nul),
        message: {
          sv: "Filen innehåller en NUL-byte, så den är inte en textfil",
          en: "The file contains a NUL byte, so it is not a text file",
        },
      }),
    };
  }
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
      diagnostic: diagnostic("encoding-invalid-utf8", {
        file,
        place: placeOfByte(bytes, bad),
        message: {
          sv: `Byten ${hex} är inte giltig UTF-8 här${latin1 ? " (filen ser ut att vara Latin-1 eller Windows-1252)" : ""}`,
          en: `Byte ${hex} is not valid UTF-8 here${latin1 ? " (the file looks like Latin-1 or Windows-1252)" : ""}`,
        },
      }),
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
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return at(line, before.length + 1);
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
