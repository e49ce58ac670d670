import { itemIdPattern } from "../schema/ids.ts";
import {
  allMeasureLabels,
  allSectionLabels,
  readReportedFor,
  readSectionHeading,
  type SectionField,
  sectionLabelOf,
} from "../syntax/response-syntax.ts";
import { nearest } from "../vocabulary/closed.ts";
import { foldForMatching, replaceLookAlikes } from "../vocabulary/look-alikes.ts";

/**
 * Text in a response that looks like something Spårbar reads (a section heading, a labelled
 * line, a checkbox) but is not written the documented way. Each reader here says what the
 * writer probably meant, so that the loader can warn instead of dropping it silently.
 */

const recommendationWord = /^(?:rekommendation|recommendation|rek\.?)$/i;

/**
 * The heading text a writer probably meant, when `text` names a recommendation in a form the
 * section reader does not take: `r2`, `R 2`, `Rekommendation 2`. Undefined for prose headings.
 */
export function meantSectionHeading(text: string): string | undefined {
  if (readSectionHeading(text)) return text.trim().replace(/\s+/g, " ");
  const tokens = replaceLookAlikes(text).trim().split(/\s+/);
  const [first = "", second = ""] = tokens;
  const strip = (t: string) => t.replace(/[:.]$/, "");
  const upper = strip(first).toUpperCase();
  if (/\d/.test(first) && itemIdPattern.test(upper)) {
    return [upper, ...tokens.slice(1)].join(" ");
  }
  if (/^[A-Za-z]$/.test(first) && /^\d{1,3}[a-z]?[:.]?$/.test(second)) {
    return [`${first.toUpperCase()}${strip(second)}`, ...tokens.slice(2)].join(" ");
  }
  if (recommendationWord.test(first) && /^\d{1,3}[:.]?$/.test(second)) {
    return [`R${strip(second)}`, ...tokens].join(" ");
  }
  return undefined;
}

export interface LabelledLine {
  /** What the line states, when its label is a documented one. */
  field?: SectionField;
  /** That label as documented. */
  label?: string;
  /** The documented label the writer probably meant, when it is not one. */
  meant?: string;
  /** What the brackets after the label say: `Rapporterat (pågår):`. */
  bracket?: string;
  /** The body a report names as the one it is for: `Rapporterat för hr:`. */
  forBody?: string;
  /** Offset of the value within the line, and the value (emphasis around it removed). */
  valueOffset: number;
  value: string;
  /** Whether the colon after the label is missing (`Ställningstagande - instämmer`). */
  noColon?: boolean;
}

const emphasis = "(\\*\\*|__|\\*|_)?";
// Spaces here include the no-break spaces Word puts after a colon.
const space = "[^\\S\\n]*";
const labelled = new RegExp(
  `^${emphasis}([^\\n:*_()]{2,40}?)${space}(?:\\(([^)\\n]*)\\))?${space}${emphasis}${space}[:：]${space}${emphasis}${space}`,
  "u",
);
const allLabels = [...allSectionLabels, ...allMeasureLabels];

/**
 * Reads `Ställningstagande: …` and `Rapporterat (pågår): …`, also in bold or italics
 * (`**Ställningstagande:** instämmer`), and recognises labels that are near them
 * (`Stallningstagande:`, `Ställningstagande – instämmer`) so that they can be reported.
 */
export function readLabelledLine(raw: string): LabelledLine | undefined {
  const line = raw.split("\n")[0] ?? "";
  const match = labelled.exec(line);
  if (match) {
    const [whole, open, rawLabel = "", bracket] = match;
    const written = rawLabel.trim();
    // `Rapporterat för hr:` is the report label naming the body it is for.
    const naming = readReportedFor(written);
    const label = naming ? naming.label : written;
    let value = line.slice(whole.length).trimEnd();
    if (open && value.endsWith(open)) value = value.slice(0, -open.length).trimEnd();
    const base = {
      valueOffset: whole.length,
      value,
      ...(bracket === undefined ? {} : { bracket }),
      ...(naming ? { forBody: naming.body } : {}),
    };
    const documented = sectionLabelOf(label);
    if (documented) return { ...documented, ...base };
    const meant = nearest(label, allLabels, { limit: 1 })[0];
    return meant ? { meant: `${meant}:`, ...base } : undefined;
  }
  // A documented label followed by a dash, a semicolon or nothing instead of the colon.
  const head =
    /^(?:\*\*|__|\*|_)?([\p{L}]+(?: [\p{L}]+)?)(?:\*\*|__|\*|_)?[ \t]*(?:[-–—;,.][ \t]*|[ \t])(.*)$/u.exec(
      line,
    );
  if (!head) return undefined;
  const [, words = "", rest = ""] = head;
  const meant = allSectionLabels.find(
    (l) =>
      foldForMatching(l) === foldForMatching(words) ||
      foldForMatching(l) === foldForMatching(words.split(" ")[0] ?? ""),
  );
  if (!meant || rest.trim() === "") return undefined;
  return {
    meant: `${meant}: ${rest.trim()}`,
    valueOffset: line.length - rest.length,
    value: rest,
    noColon: true,
  };
}

/** A measure line's label that is near a documented one, but not one (`Återapporteras till:`). */
export function meantMeasureLabel(line: string): string | undefined {
  const match = /^[ \t]*([^\n:]{2,30}?)[ \t]*:/.exec(line);
  if (!match) return undefined;
  const label = match[1] ?? "";
  if (allMeasureLabels.some((l) => l.toLowerCase() === label.toLowerCase())) return undefined;
  const meant = nearest(label, allMeasureLabels, { limit: 1 })[0];
  return meant ? `${meant}:` : undefined;
}

/**
 * A checkbox written in a way GFM does not read as one: `[-]`, `[  ]`, `[ ]Text`, `[]`,
 * `( )`, or a box character from Word. Gives the marker and what to write instead.
 */
export function checkboxLike(text: string): { marker: string; meant: string[] } | undefined {
  const match = /^(\[[ \t xX✓✔vV*\-_/.]{0,3}\]|\([ xX]?\)|[☐☑☒✓✔✗✘□■])/.exec(text);
  if (!match) return undefined;
  const marker = match[1] ?? "";
  const rest = text.slice(marker.length);
  // `[ ] text` and `[x] text` are GFM's own; they only land here without the space after.
  if (/^\[[ xX]\]$/.test(marker) && /^[ \t]/.test(rest)) return undefined;
  const inner = marker.replace(/^[[(]|[\])]$/g, "");
  const done = /[xX✓✔vV*☑☒■]/.test(inner);
  const open = /^[ \t_]*$/.test(inner) || /[☐□]/.test(inner);
  const meant = done ? ["[x]"] : open ? ["[ ]"] : ["[ ]", "[x]"];
  return { marker, meant };
}

/**
 * What a `Ställningstagande:` line states, read as the loader reads it (any case, emphasis
 * around label or value), or nothing when the line is no stance line with its colon.
 */
export function statedStanceWords(line: string): string | undefined {
  const read = readLabelledLine(line);
  return read?.field === "stance" && !read.noColon ? read.value : undefined;
}
