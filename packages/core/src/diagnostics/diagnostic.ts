import { catalogue, type DiagnosticCode, type Severity } from "./catalogue.ts";

/** A place in a file, 1-based line and column like editors show them. */
export interface Place {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface RelatedPlace extends Place {
  file: string;
  message: string;
}

/** One problem with one file, vfile-message style: collected, never thrown. */
export interface Diagnostic extends Place {
  file: string;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  hint: string;
  related?: RelatedPlace[];
}

export interface DiagnosticInput {
  file: string;
  place: Place;
  message?: string;
  hint?: string;
  severity?: Severity;
  related?: RelatedPlace[];
}

export function diagnostic(code: DiagnosticCode, input: DiagnosticInput): Diagnostic {
  const entry = catalogue[code];
  const result: Diagnostic = {
    file: input.file,
    line: input.place.line,
    column: input.place.column,
    severity: input.severity ?? entry.severity,
    code,
    message: input.message ?? entry.title,
    hint: input.hint ?? entry.hint,
  };
  if (input.place.endLine !== undefined) result.endLine = input.place.endLine;
  if (input.place.endColumn !== undefined) result.endColumn = input.place.endColumn;
  if (input.related?.length) result.related = input.related;
  return result;
}

/** `file:line:column` as editors and terminals link it. */
export function formatLocation(d: { file: string; line: number; column: number }): string {
  return `${d.file}:${d.line}:${d.column}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
