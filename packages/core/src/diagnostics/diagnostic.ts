import type { Bilingual } from "../bilingual.ts";
import type { Lang } from "../periods/format.ts";
import { catalogue, type DiagnosticCode, type Severity } from "./catalogue.ts";

/** A place in a file, 1-based line and column like editors show them. */
export interface Place {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

interface RelatedPlace extends Place {
  file: string;
  message: string;
  /** The message in Swedish. */
  sv: string;
}

/**
 * One problem with one file, vfile-message style: collected, never thrown. `message` and `hint`
 * are English, `sv` holds them in Swedish; `inLanguage` gives the one a reader asked for.
 */
export interface Diagnostic extends Place {
  file: string;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  hint: string;
  sv: { message: string; hint: string };
  related?: RelatedPlace[];
  /** What the writer probably meant, exactly as it should be written; nearest first. */
  suggestions?: string[];
}

export interface RelatedInput extends Place {
  file: string;
  message: Bilingual;
}

export interface DiagnosticInput {
  file: string;
  place: Place;
  message?: Bilingual;
  hint?: Bilingual;
  severity?: Severity;
  related?: RelatedInput[];
  suggestions?: readonly string[];
}

export function diagnostic(code: DiagnosticCode, input: DiagnosticInput): Diagnostic {
  const entry = catalogue[code];
  const message = input.message ?? entry.title;
  const hint = input.hint ?? entry.hint;
  const result: Diagnostic = {
    file: input.file,
    line: input.place.line,
    column: input.place.column,
    severity: input.severity ?? entry.severity,
    code,
    message: message.en,
    hint: hint.en,
    sv: { message: message.sv, hint: hint.sv },
  };
  if (input.place.endLine !== undefined) result.endLine = input.place.endLine;
  if (input.place.endColumn !== undefined) result.endColumn = input.place.endColumn;
  if (input.suggestions?.length) result.suggestions = [...input.suggestions];
  if (input.related?.length) {
    result.related = input.related.map(({ message, ...place }) => ({
      ...place,
      message: message.en,
      sv: message.sv,
    }));
  }
  return result;
}

/** A diagnostic as one reader sees it: message, hint and related places in one language. */
export interface LocalisedDiagnostic extends Place {
  file: string;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  hint: string;
  related?: (Place & { file: string; message: string })[];
  suggestions?: string[];
}

export function inLanguage(d: Diagnostic, lang: Lang): LocalisedDiagnostic {
  const { sv, related, ...rest } = d;
  const words = { sv, en: { message: rest.message, hint: rest.hint } }[lang];
  const result: LocalisedDiagnostic = { ...rest, ...words };
  if (related) {
    result.related = related.map(({ sv: swedish, ...place }) => ({
      ...place,
      message: { sv: swedish, en: place.message }[lang],
    }));
  }
  return result;
}

/** `file:line:column` as editors and terminals link it. */
export function formatLocation(d: { file: string; line: number; column: number }): string {
  return `${d.file}:${d.line}:${d.column}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
