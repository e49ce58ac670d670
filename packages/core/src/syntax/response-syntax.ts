import { documentIdPattern, itemIdPattern } from "../schema/ids.ts";
import type { ReportedState, Stance } from "../schema/section.ts";
import { PhraseVocabulary, turningWords } from "../vocabulary/closed.ts";

/**
 * The syntax of a response's body, in one place: the words of stances and reported states, the
 * labels that open a section's and a measure's lines, and the shapes of those lines. The loader
 * reads with what is here, and every writer (drafts, follow-up drafts, the formatter, the Word
 * export, the importer's drafts) writes with it, so that nothing is spelt two ways.
 *
 * Each list is closed: README lists every phrase, and a phrase not on it is refused with the
 * nearest ones, never read as something close to it. Where a list has several spellings, the
 * first is the one Spårbar writes.
 */

export const stanceVocabulary = new PhraseVocabulary<Stance>(
  [
    { text: "instämmer", value: "agrees" },
    { text: "instämmer helt", value: "agrees" },
    { text: "delar", value: "agrees" },
    { text: "delar helt", value: "agrees" },
    { text: "agrees", value: "agrees" },
    { text: "agree", value: "agrees" },
    { text: "fully agrees", value: "agrees" },
    { text: "instämmer delvis", value: "partly-agrees" },
    { text: "delar delvis", value: "partly-agrees" },
    { text: "delvis", value: "partly-agrees" },
    { text: "partly agrees", value: "partly-agrees" },
    { text: "partially agrees", value: "partly-agrees" },
    { text: "instämmer inte", value: "disagrees" },
    { text: "instämmer ej", value: "disagrees" },
    { text: "delar inte", value: "disagrees" },
    { text: "delar ej", value: "disagrees" },
    { text: "disagrees", value: "disagrees" },
    { text: "disagree", value: "disagrees" },
    { text: "does not agree", value: "disagrees" },
    { text: "inget ställningstagande", value: "no-stance" },
    { text: "ingen", value: "no-stance" },
    { text: "no stance", value: "no-stance" },
    { text: "none", value: "no-stance" },
  ],
  {
    // Between agreeing in part and not agreeing: Spårbar does not choose for the writer.
    "instämmer inte helt": ["instämmer delvis", "instämmer inte"],
    "instämmer ej helt": ["instämmer delvis", "instämmer inte"],
    "delar inte helt": ["instämmer delvis", "instämmer inte"],
    "delar ej helt": ["instämmer delvis", "instämmer inte"],
    "does not fully agree": ["partly agrees", "disagrees"],
    "instämmer till viss del": ["instämmer delvis", "instämmer"],
    "instämmer i huvudsak": ["instämmer delvis", "instämmer"],
    "instämmer i stort": ["instämmer delvis", "instämmer"],
    "instämmer delvis inte": ["instämmer delvis", "instämmer inte"],
    "agrees in part": ["partly agrees", "agrees"],
  },
);

export const reportedVocabulary = new PhraseVocabulary<ReportedState>(
  [
    { text: "genomfört", value: "done" },
    { text: "genomförd", value: "done" },
    { text: "genomförda", value: "done" },
    { text: "klart", value: "done" },
    { text: "klar", value: "done" },
    { text: "har genomförts", value: "done" },
    { text: "har gjorts", value: "done" },
    { text: "done", value: "done" },
    { text: "completed", value: "done" },
    { text: "implemented", value: "done" },
    { text: "delvis genomfört", value: "partly-done" },
    { text: "delvis genomförd", value: "partly-done" },
    { text: "delvis genomförda", value: "partly-done" },
    { text: "delvis", value: "partly-done" },
    { text: "partly done", value: "partly-done" },
    { text: "partly", value: "partly-done" },
    { text: "partially done", value: "partly-done" },
    { text: "pågår", value: "in-progress" },
    { text: "pågående", value: "in-progress" },
    { text: "påbörjat", value: "in-progress" },
    { text: "påbörjad", value: "in-progress" },
    { text: "under arbete", value: "in-progress" },
    { text: "görs", value: "in-progress" },
    { text: "in progress", value: "in-progress" },
    { text: "ongoing", value: "in-progress" },
    { text: "ej påbörjat", value: "not-started" },
    { text: "ej påbörjad", value: "not-started" },
    { text: "ej påbörjade", value: "not-started" },
    { text: "inte påbörjat", value: "not-started" },
    { text: "inte påbörjad", value: "not-started" },
    { text: "ej startat", value: "not-started" },
    { text: "inte startat", value: "not-started" },
    { text: "not started", value: "not-started" },
  ],
  {
    "pågår inte": ["ej påbörjat"],
    "inte genomfört": ["ej påbörjat", "delvis genomfört"],
    "ej genomfört": ["ej påbörjat", "delvis genomfört"],
    "inte klart": ["pågår", "delvis genomfört"],
    "not done": ["not started", "partly done"],
  },
  // A report goes on in prose ("Görs genom uppföljningen"), but not with a word that turns
  // the state into another ("Genomfört delvis", "Pågår inte").
  (next) => !turningWords.test(next),
);

/** The stance each writer writes: the first Swedish phrase the vocabulary reads as it. */
export const stancePhrases: Record<Stance, string> = {
  agrees: "instämmer",
  "partly-agrees": "instämmer delvis",
  disagrees: "instämmer inte",
  "no-stance": "inget ställningstagande",
};

/** The reported state each writer writes, as a report's first word. */
export const reportedPhrases: Record<ReportedState, string> = {
  done: "Genomfört",
  "partly-done": "Delvis genomfört",
  "in-progress": "Pågår",
  "not-started": "Ej påbörjat",
};

/** The stance a value states, read exactly (see `stanceVocabulary`), or nothing. */
export function readStance(value: string): Stance | undefined {
  const read = stanceVocabulary.read(value.replace(/[.!]+$/, ""));
  return read.ok ? read.value : undefined;
}

/** The state a report begins with, read exactly (see `reportedVocabulary`), or nothing. */
export function readReportedState(value: string): ReportedState | undefined {
  const read = reportedVocabulary.read(value);
  return read.ok ? read.value : undefined;
}

/** The labels that open a line a section is read by: the stance, and the body's own report. */
const sectionLabels = {
  stance: ["Ställningstagande", "Stance"],
  reported: ["Rapporterat", "Reported"],
} as const;

export type SectionField = keyof typeof sectionLabels;

/** The word between the report's label and the body it reports for: `Rapporterat för hr:`. */
const reportedForWords = ["för", "for"] as const;

/** The labels of the lines under a measure, by what each line says of it. */
export const measureLabels = {
  /** The body the measure is reported back to. */
  reportTo: ["Återrapporteras till", "Rapporteras till", "Report to", "Reported to"],
  /** Earlier measures this one follows, by id, each with what it said in quotes. */
  follows: ["Följer upp", "Follows up"],
  /** When the work was done, as a period. */
  doneWhen: ["Genomförd", "Done"],
  /** The earlier response that first reported the measure done. */
  reportedIn: ["Rapporterad i", "Reported in"],
  /** Where `sparbar import` read the measure. */
  source: ["Källa", "Source"],
  /** The measure's own id within its section. */
  id: ["Id"],
  /** That the body will not carry the measure out, and why. */
  dropped: ["Utgår", "Dropped"],
  /** Why a measure that follows an earlier one has a new date. */
  reason: ["Skäl", "Reason"],
} as const;

export type MeasureField = keyof typeof measureLabels;

/** Every label a section's or a measure's line may open with, as written in README. */
export const allSectionLabels: readonly string[] = Object.values(sectionLabels).flat();
export const allMeasureLabels: readonly string[] = Object.values(measureLabels).flat();

/** The field a label opens and the label as documented, for a label written in any case. */
function documentedLabel<F extends string>(
  labels: Record<F, readonly string[]>,
  written: string,
): { field: F; label: string } | undefined {
  const wanted = written.toLowerCase();
  for (const [field, spellings] of Object.entries(labels) as [F, readonly string[]][]) {
    const label = spellings.find((s) => s.toLowerCase() === wanted);
    if (label) return { field, label };
  }
  return undefined;
}

/** What a section's line states by its label (`ställningstagande` → the stance), in any case. */
export function sectionLabelOf(
  written: string,
): { field: SectionField; label: string } | undefined {
  return documentedLabel(sectionLabels, written);
}

const reportedForPattern = new RegExp(
  `^(${sectionLabels.reported.join("|")})[ \\t]+(?:${reportedForWords.join("|")})[ \\t]+(\\S.*)$`,
  "iu",
);

/**
 * A report's label that names the body it is for, `Rapporterat för hr`: the label and the body.
 */
export function readReportedFor(label: string): { label: string; body: string } | undefined {
  const naming = reportedForPattern.exec(label);
  return naming ? { label: naming[1] ?? "", body: (naming[2] ?? "").trim() } : undefined;
}

/** A line under a measure that says something of it: `Återrapporteras till: asn`. */
const measureKeyPattern = new RegExp(
  `^([ \\t]*)(${[...allMeasureLabels]
    .sort((a, b) => b.length - a.length)
    .map((l) => l.toLowerCase())
    .join("|")})([ \\t]*:[ \\t]*)(.*?)[ \\t]*$`,
  "i",
);

export interface MeasureKeyLine {
  field: MeasureField;
  /** The label as written. */
  label: string;
  indent: string;
  /** Where the value starts within the line. */
  valueOffset: number;
  value: string;
}

/**
 * A line under a measure read as its label and value (`Återrapporteras till: asn`), or nothing
 * when the line is part of the measure's statement.
 */
export function measureKeyLine(line: string): MeasureKeyLine | undefined {
  const key = measureKeyPattern.exec(line);
  if (!key) return undefined;
  const [, indent = "", label = "", colon = "", value = ""] = key;
  const field = documentedLabel(measureLabels, label)?.field;
  if (!field) return undefined;
  return { field, label, indent, valueOffset: indent.length + label.length + colon.length, value };
}

/** What opens a section: `## R3 …`, or `## SR-2023-81 R3 …` for a response to several audits. */
export function readSectionHeading(
  text: string,
): { audit?: string; item: string; title: string } | undefined {
  const tokens = text.trim().split(/\s+/);
  const [first = "", second = ""] = tokens;
  const strip = (t: string) => t.replace(/[:.]$/, "");
  if (itemIdPattern.test(strip(first)))
    return { item: strip(first), title: tokens.slice(1).join(" ") };
  if (documentIdPattern.test(first) && itemIdPattern.test(strip(second))) {
    return { audit: first, item: strip(second), title: tokens.slice(2).join(" ") };
  }
  return undefined;
}

/** Between a measure's statement and its due date: an em dash with spaces around. */
const dueSeparator = " — ";
/** The typed form of the separator, read as it and written as the em dash by `fmt`. */
const typedDueSeparator = " -- ";
/** Either separator, as the reader finds them. */
export const dueSeparatorPattern = / (?:—|--) /g;

/**
 * A line as `fmt` writes it: a task item marked `- [ ]` or `- [x]` (not `*`, `+` or `[X]`),
 * with the em dash before its due date where it was typed as `--`. Other lines are as given.
 */
export function canonicalMeasureLine(line: string): string {
  const marked = line
    .replace(/^(\s*)[*+] \[([ xX])\] /, "$1- [$2] ")
    .replace(/^(\s*- )\[X\] /, "$1[x] ");
  if (!/^\s*- \[[ x]\] /.test(marked)) return marked;
  // The due date follows the last separator.
  const at = marked.lastIndexOf(typedDueSeparator);
  if (at === -1 || marked.slice(at).includes(dueSeparator)) return marked;
  return `${marked.slice(0, at)}${dueSeparator}${marked.slice(at + typedDueSeparator.length)}`;
}

/** Text left for the writer to fill in, `[[…]]`: `sparbar check` flags every one left. */
export function placeholder(text: string): string {
  return `[[${text}]]`;
}

/** A value that is nothing but a placeholder. */
export const placeholderOnly = /^\[\[[^\]]*\]\]$/;

/** What a draft leaves for the body to choose: `[[instämmer / instämmer delvis / instämmer inte]]`. */
export const stanceToChoose = placeholder(
  (["agrees", "partly-agrees", "disagrees"] as const).map((s) => stancePhrases[s]).join(" / "),
);

/** What a follow-up draft leaves for the body to report: `[[Genomfört / … / Ej påbörjat]]`. */
export const reportedToChoose = placeholder(Object.values(reportedPhrases).join(" / "));

/** A section's heading: `## R3 Kartläggning …`. */
export function sectionHeadingLine(item: string, title: string): string {
  return `## ${item}${title ? ` ${title}` : ""}`;
}

/** `Ställningstagande: instämmer delvis` */
export function stanceLine(words: string): string {
  return `${sectionLabels.stance[0]}: ${words}`;
}

/** `Rapporterat: Genomfört …`, or `Rapporterat för hr: …` for another body's part. */
export function reportedLine(words: string, forBody?: string): string {
  const label = sectionLabels.reported[0];
  return `${forBody === undefined ? label : `${label} ${reportedForWords[0]} ${forBody}`}: ${words}`;
}

/** A measure's first line: its checkbox, its statement and, after the separator, its due date. */
export function measureLine(measure: { done: boolean; text: string; due?: string }): string {
  const due = measure.due === undefined ? "" : `${dueSeparator}${measure.due}`;
  return `- [${measure.done ? "x" : " "}] ${measure.text}${due}`;
}

/** The indent of the lines under a measure: they belong to its list item. */
const keyIndent = "  ";

/** A line under a measure, `  Återrapporteras till: asn`, with the label Spårbar writes. */
export function measureKeyLineText(field: MeasureField, value: string, indent = keyIndent): string {
  return labelledText(indent, measureLabels[field][0], value);
}

/** A label and its value, the label as given: `Återrapporteras till: Arbetsmarknadsnämnden`. */
export function labelledText(indent: string, label: string, value: string): string {
  return `${indent}${label}: ${value}`;
}

/** What a `Följer upp:` line says of one earlier measure: its id, and its words in quotes. */
export function followsValue(id: string, quoted?: string): string {
  return quoted === undefined ? id : `${id} ”${quoted}”`;
}
