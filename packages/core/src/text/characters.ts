import type { DiagnosticCode } from "../diagnostics/catalogue.ts";
import { type Diagnostic, diagnostic, type Place } from "../diagnostics/diagnostic.ts";
import type { LineIndex } from "./line-index.ts";

/**
 * Characters no one means to write in a source file. Control characters (all but tab and line
 * feed) come with text pasted from terminals, PDFs and Word (its line tab is U+000B); zero-width
 * and bidi characters are invisible and can make text read differently from how it looks.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const invisible =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\u180E\u2028\u2029\uFEFF]|[\u{E0000}-\u{E007F}]/u;
const unwanted = new RegExp(`${control.source}|${invisible.source}`, "gu");

const names: Record<number, string> = {
  0: "NULL",
  7: "BELL",
  8: "BACKSPACE",
  11: "LINE TABULATION",
  12: "FORM FEED",
  27: "ESCAPE",
  127: "DELETE",
  133: "NEXT LINE",
  160: "NO-BREAK SPACE",
  1564: "ARABIC LETTER MARK",
  6158: "MONGOLIAN VOWEL SEPARATOR",
  8203: "ZERO WIDTH SPACE",
  8204: "ZERO WIDTH NON-JOINER",
  8205: "ZERO WIDTH JOINER",
  8206: "LEFT-TO-RIGHT MARK",
  8207: "RIGHT-TO-LEFT MARK",
  8232: "LINE SEPARATOR",
  8233: "PARAGRAPH SEPARATOR",
  8234: "LEFT-TO-RIGHT EMBEDDING",
  8235: "RIGHT-TO-LEFT EMBEDDING",
  8236: "POP DIRECTIONAL FORMATTING",
  8237: "LEFT-TO-RIGHT OVERRIDE",
  8238: "RIGHT-TO-LEFT OVERRIDE",
  8288: "WORD JOINER",
  8294: "LEFT-TO-RIGHT ISOLATE",
  8295: "RIGHT-TO-LEFT ISOLATE",
  8296: "FIRST STRONG ISOLATE",
  8297: "POP DIRECTIONAL ISOLATE",
  65279: "ZERO WIDTH NO-BREAK SPACE",
};

/** `U+200B ZERO WIDTH SPACE`: how a character no one can see is named in a message. */
function codePointName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  const name = names[code] ?? (code >= 0xe0000 && code <= 0xe007f ? "TAG CHARACTER" : undefined);
  return name ? `U+${hex} ${name}` : `U+${hex}`;
}

/** Every place is reported up to this many times per file; one more problem counts the rest. */
export const REPORTED_PER_KIND = 100;

/**
 * Reports each control, zero-width and bidi character at its line and column, naming it. A
 * file full of them gets the first hundred of each kind and one problem that counts the rest,
 * so that a pasted binary cannot fill the memory with problems.
 */
export function unwantedCharacters(text: string, file: string, lines: LineIndex): Diagnostic[] {
  const found: Record<"control" | "invisible", Diagnostic[]> = { control: [], invisible: [] };
  const more: Record<"control" | "invisible", { count: number; place?: Place }> = {
    control: { count: 0 },
    invisible: { count: 0 },
  };
  for (const match of text.matchAll(unwanted)) {
    const character = match[0];
    const kind = control.test(character) ? "control" : "invisible";
    const place = lines.place(match.index);
    if (found[kind].length < REPORTED_PER_KIND) {
      found[kind].push(characterDiagnostic(kind, character, file, place));
    } else {
      more[kind].count++;
      more[kind].place ??= place;
    }
  }
  const out = [...found.control, ...found.invisible];
  for (const kind of ["control", "invisible"] as const) {
    const { count, place } = more[kind];
    if (count > 0 && place) out.push(moreOf(kind, count, file, place));
  }
  return out;
}

const codes: Record<"control" | "invisible", DiagnosticCode> = {
  control: "text-control-character",
  invisible: "text-invisible-character",
};

export function characterDiagnostic(
  kind: "control" | "invisible",
  character: string,
  file: string,
  place: Place,
): Diagnostic {
  const name = codePointName(character);
  return diagnostic(codes[kind], {
    file,
    place,
    message:
      kind === "control"
        ? { sv: `Styrtecknet ${name} står här`, en: `The control character ${name} is here` }
        : {
            sv: `Det osynliga tecknet ${name} står här`,
            en: `The invisible character ${name} is here`,
          },
  });
}

function moreOf(
  kind: "control" | "invisible",
  count: number,
  file: string,
  place: Place,
): Diagnostic {
  return diagnostic(codes[kind], {
    file,
    place,
    message: {
      sv: `${count} fler sådana tecken från och med här`,
      en: `${count} more such characters from here on`,
    },
  });
}

/** Each character of a string that `unwantedCharacters` reports, and its kind. */
export function unwantedIn(text: string): { character: string; kind: "control" | "invisible" }[] {
  return [...text.matchAll(unwanted)].map(([character]) => ({
    character,
    kind: control.test(character) ? "control" : "invisible",
  }));
}
