import { inlineCorpus, responseFile } from "./inline-corpus.ts";
import { organisation } from "./life.ts";

/*
 * The board's plan PLAN-1 and socialnämnden's report-back on it: the documents through which one
 * body reports on activities addressed to several, for the tests of who speaks for whom.
 */

/** PLAN-1 with the given front-matter lines: what it asks for and its activities. */
function planFile(lines: string[]): string {
  const head = ["id: PLAN-1", "kind: plan", "organisation: testkommun", "title: Plan"];
  return ["---", ...head, "date: 2024-02-15", "issued_by: ks", ...lines, "---", ""].join("\n");
}

/** Socialnämnden's report-back SN-2024-30 on PLAN-1, with the given body. */
export function reportBack(body: string, frontMatter: Record<string, string> = {}): string {
  return responseFile(body, {
    id: "SN-2024-30",
    kind: "report-back",
    to: "[ks]",
    answers: "[PLAN-1]",
    title: "Återrapportering",
    date: "2024-06-01",
    ...frontMatter,
  });
}

/** A corpus with the plan and the report-back (and any other files) beside the base documents. */
export function planCorpus(
  plan: string[],
  report: string,
  files: Record<string, string | null> = {},
) {
  return inlineCorpus({
    "audits/testkommun/organisation.yaml": organisation,
    "audits/testkommun/PLAN-1.md": planFile(plan),
    "responses/testkommun/SN-2024-30.md": reportBack(report),
    ...files,
  });
}
