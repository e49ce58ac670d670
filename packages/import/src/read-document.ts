import { type Bilingual, decodeSource } from "@sparbar/core";
import { docxText } from "./docx-text.ts";

export type ReadResult =
  | { ok: true; text: string; pages?: number }
  | { ok: false; message: Bilingual; hint: Bilingual };

/**
 * The text of a report or response: .txt and .md as they are, .docx through mammoth's HTML
 * (lists and tables kept), .pdf through pdf.js's text layer (with eval switched off, so a PDF
 * cannot run code). A scanned PDF has no text layer, and says so instead of importing nothing.
 */
export async function readDocument(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const read = await readText(name, bytes);
  return read.ok && read.text.length > mostCharacters ? tooLong(name, read.text.length) : read;
}

/**
 * The most text one import reads: some 2,000 pages, well above any report or response. A
 * Word file's few kilobytes can unpack to hundreds of megabytes of text, which would take
 * minutes to read and give a draft nobody could review.
 */
const mostCharacters = 4_000_000;

function tooLong(name: string, characters: number): ReadResult {
  const millions = (characters / 1_000_000).toFixed(1);
  return {
    ok: false,
    message: {
      sv: `${name} innehåller ${millions.replace(".", ",")} miljoner tecken text; Spårbar importerar högst 4 miljoner åt gången`,
      en: `${name} holds ${millions} million characters of text; Spårbar imports at most 4 million at a time`,
    },
    hint: {
      sv: "Spara den del som innehåller rekommendationerna eller svaren som en egen fil och importera den.",
      en: "Save the part with the recommendations or the answers as a file of its own and import that.",
    },
  };
}

async function readText(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const extension = name.toLowerCase().split(".").at(-1) ?? "";
  if (extension === "txt" || extension === "md" || extension === "text") {
    const decoded = decodeSource(bytes, name);
    if (decoded.ok) return { ok: true, text: decoded.text };
    const { message, hint, sv } = decoded.diagnostics[0];
    return {
      ok: false,
      message: { sv: sv.message, en: message },
      hint: { sv: sv.hint, en: hint },
    };
  }
  if (extension === "docx") {
    try {
      return { ok: true, text: await docxText(bytes) };
    } catch (error) {
      return {
        ok: false,
        message: {
          sv: `${name} är inte ett läsbart Word-dokument (${(error as Error).message})`,
          en: `${name} is not a readable Word document (${(error as Error).message})`,
        },
        hint: {
          sv: "Öppna det i Word och spara det igen som .docx, eller spara det som vanlig text.",
          en: "Open it in Word and save it again as .docx, or save it as plain text.",
        },
      };
    }
  }
  if (extension === "pdf") return readPdf(name, bytes);
  return {
    ok: false,
    message: {
      sv: `${name}: Spårbar importerar filer i formaten .txt, .md, .pdf och .docx`,
      en: `${name}: Spårbar imports .txt, .md, .pdf and .docx files`,
    },
    hint: {
      sv: "Spara dokumentet i ett av dessa format.",
      en: "Save the document in one of these formats.",
    },
  };
}

/**
 * pdf.js reads the text layer only. Since 4.2.67 (the fix for CVE-2024-4367) it has no eval path
 * at all, so the `isEvalSupported` switch older versions needed no longer exists; fonts are not
 * loaded and nothing is rendered.
 */
async function readPdf(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    return {
      ok: false,
      message: {
        sv: `${name} är ingen läsbar PDF (${(error as Error).message})`,
        en: `${name} is not a readable PDF (${(error as Error).message})`,
      },
      hint: {
        sv: "Kontrollera att filen är en hel PDF.",
        en: "Check that the file is a complete PDF.",
      },
    };
  }
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    // Lines break where the baseline moves; a gap of more than one and a half lines is a
    // paragraph break, which later steps read as a blank line. On one line, a gap wider than
    // two characters' height is a column of a table: it becomes a tab, which later steps read
    // as a cell boundary.
    let text = "";
    let lastY: number | undefined;
    let lastEnd: number | undefined;
    for (const item of content.items) {
      if (!("str" in item)) continue;
      const x = item.transform[4] as number;
      const y = item.transform[5] as number;
      const height = Math.max(Math.abs(item.transform[3] as number), item.height, 1);
      if (lastY !== undefined && Math.abs(y - lastY) > 2) {
        text += Math.abs(y - lastY) > height * 1.6 ? "\n\n" : "\n";
        lastEnd = undefined;
      }
      lastY = y;
      if (item.str.trim() === "") {
        text += item.str;
        continue;
      }
      if (lastEnd !== undefined && x - lastEnd > height * 2) text = `${text.trimEnd()}\t`;
      text += item.str;
      lastEnd = x + item.width;
    }
    pages.push(text);
  }
  await task.destroy();
  const text = pages.join("\n\n");
  if (text.replace(/\s/g, "").length < 20) {
    return {
      ok: false,
      message: {
        sv: `${name} saknar textlager: den är en skannad bild`,
        en: `${name} has no text layer: it is a scanned image`,
      },
      hint: {
        sv: "Kör OCR på den först (till exempel med ocrmypdf eller Acrobats Känn igen text) och importera resultatet.",
        en: "Run OCR on it first (for example with ocrmypdf, or Acrobat's Recognise Text), then import the result.",
      },
    };
  }
  return { ok: true, text, pages: document.numPages };
}
