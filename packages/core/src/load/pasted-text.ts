import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import type { LineIndex } from "../text/line-index.ts";

/**
 * What pasting from Outlook, Excel and PDFs leaves in a source file: message headers and
 * e-mail addresses (which would be published), tab-separated rows, and words split by a PDF's
 * hyphenation ("rekommen- dationer"). Each is reported where it stands; at most a few of each
 * kind per file, since one pasted page can hold hundreds.
 */

const AT_MOST = 10;

const address = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const headerLine =
  /^(?:> ?)*(Från|Skickat|Till|Kopia|Ämne|Bifogade filer|From|Sent|To|Cc|Subject|Attachments):[ \t]/;
const senderHeader = /^(?:Från|Skickat|Ämne|From|Sent|Subject)$/;
const tabRow = /\S(\t+)(?=\S)/g;
/** A word broken at a line end or before a space; the second half is lower case. */
const broken = /(\p{Ll}{2,})-(?:[ \t]+|[ \t]*\n[ \t]*(?:> ?)*)(\p{Ll}{2,})/gu;
/** "kort- och långsiktiga", "arbetsmarknads- och socialnämnden": a compound left open on purpose. */
const joiningWords = new Set([
  "och",
  "eller",
  "samt",
  "respektive",
  "resp",
  "liksom",
  "men",
  "som",
  "till",
  "för",
]);
/**
 * Swedish hyphenation starts the continuation of a word with a consonant ("rekommen-dationer",
 * "kom-mu-nen"): a hyphen before a word that starts with a vowel ("våld- en gemensam") is a
 * dash the typesetting lost its space in, not a broken word.
 */
const startsWithVowel = /^[aeiouyåäöé]/;

export function pastedText(text: string, file: string, lines: LineIndex): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (text.includes("@")) {
    let count = 0;
    for (const match of text.matchAll(address)) {
      if (++count > AT_MOST) break;
      found.push(
        diagnostic("pasted-email", {
          file,
          place: lines.place(match.index),
          message: {
            sv: `E-postadressen ${match[0]} publiceras med dokumentet`,
            en: `The e-mail address ${match[0]} would be published with the document`,
          },
        }),
      );
    }
  }
  found.push(...emailHeaders(text, file, lines));
  if (text.includes("\t")) {
    let count = 0;
    for (const match of text.matchAll(tabRow)) {
      if (++count > AT_MOST) break;
      found.push(
        diagnostic("pasted-table-row", {
          file,
          place: lines.place(match.index + 1),
          message: {
            sv: "Raden har tabbtecken mellan orden, som en rad inklistrad från Excel; tabbar syns inte på sidan",
            en: "The line has tab characters between words, like a row pasted from Excel; tabs do not show on the page",
          },
        }),
      );
    }
  }
  let count = 0;
  for (const match of text.matchAll(broken)) {
    const [whole, first = "", second = ""] = match;
    if (joiningWords.has(second) || startsWithVowel.test(second)) continue;
    if (++count > AT_MOST) break;
    const joined = `${first}${second}`;
    found.push(
      diagnostic("pasted-hyphenation", {
        file,
        place: lines.place(match.index),
        message: {
          sv: `"${whole.replace(/\s+/g, " ")}" ser ut som ett ord avstavat i en PDF; menade du "${joined}"?`,
          en: `"${whole.replace(/\s+/g, " ")}" looks like a word hyphenated in a PDF; did you mean "${joined}"?`,
        },
        suggestions: [joined],
      }),
    );
  }
  return found;
}

/** Two or more header lines in a row, one of them naming a sender, subject or time sent. */
function emailHeaders(text: string, file: string, lines: LineIndex): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (!/(?:Från|Skickat|Ämne|From|Sent|Subject):/.test(text)) return found;
  const all = text.split("\n");
  let offset = 0;
  let block: { start: number; line: number; names: string[] } | undefined;
  const close = () => {
    if (block && block.names.length >= 2 && block.names.some((n) => senderHeader.test(n))) {
      found.push(
        diagnostic("pasted-email", {
          file,
          place: lines.place(block.start),
          message: {
            sv: `Raderna ${block.line}–${block.line + block.names.length - 1} ser ut som huvudet på ett inklistrat e-postmeddelande (${block.names.join(", ")})`,
            en: `Lines ${block.line}–${block.line + block.names.length - 1} look like the header of a pasted e-mail (${block.names.join(", ")})`,
          },
        }),
      );
    }
    block = undefined;
  };
  for (let i = 0; i < all.length; i++) {
    const line = all[i] ?? "";
    const name = headerLine.exec(line)?.[1];
    if (name) {
      block ??= { start: offset, line: i + 1, names: [] };
      block.names.push(name);
    } else close();
    offset += line.length + 1;
  }
  close();
  return found;
}
