import { type Diagnostic, formatLocation, inLanguage } from "@sparbar/core";
import type { Context } from "../context.ts";

/** `file:line:col  severity  code  message`, then the hint, as editors and terminals link it. */
function printDiagnostic(ctx: Context, diagnostic: Diagnostic): void {
  const { term, t } = ctx;
  const d = inLanguage(diagnostic, ctx.lang);
  const severity =
    d.severity === "error" ? term.style("red", t.error) : term.style("yellow", t.warning);
  term.print(
    `${term.style("bold", formatLocation(d))}  ${severity}  ${term.style("dim", d.code)}  ${d.message}`,
  );
  term.print(`  ${term.style("cyan", `${t.hint}:`)} ${d.hint}`);
  for (const related of d.related ?? []) {
    term.print(`  ${term.style("dim", `${formatLocation(related)}: ${related.message}`)}`);
  }
}

/** No more than this many problems of one file are printed; a line says how many more. */
const PRINTED_PER_FILE = 25;

/**
 * Prints problems, sorted by file, at most `PRINTED_PER_FILE` of each file and then one line
 * with the number left out: one broken file does not bury the others.
 */
export function printDiagnostics(ctx: Context, diagnostics: readonly Diagnostic[]): void {
  let file: string | undefined;
  let shown = 0;
  let hidden = 0;
  const flush = () => {
    if (file !== undefined && hidden > 0) ctx.term.print(ctx.t.moreProblems(hidden, file));
  };
  for (const d of diagnostics) {
    if (d.file !== file) {
      flush();
      file = d.file;
      shown = 0;
      hidden = 0;
    }
    if (shown < PRINTED_PER_FILE) {
      printDiagnostic(ctx, d);
      shown++;
    } else hidden++;
  }
  flush();
}
