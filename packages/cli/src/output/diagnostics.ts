import { type Diagnostic, formatLocation, inLanguage } from "@sparbar/core";
import type { Context } from "../context.ts";

/** `file:line:col  severity  code  message`, then the hint, as editors and terminals link it. */
export function printDiagnostic(ctx: Context, diagnostic: Diagnostic): void {
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
