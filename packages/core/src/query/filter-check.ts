import type { Bilingual } from "../bilingual.ts";
import type { Corpus } from "../corpus.ts";
import { nearest, withSuggestion } from "../vocabulary/closed.ts";
import type { RecommendationFilter } from "./recommendations.ts";

export interface FilterProblem {
  option: "org" | "body" | "audit";
  message: Bilingual;
  suggestions: string[];
}

/**
 * What a filter names that the corpus does not have: an organisation, a body or an audit, each
 * with the nearest that exists ("did you mean `malmo`?"). A filter that names nothing would only
 * answer "nothing matches", which reads as if all were well.
 */
export function filterProblems(corpus: Corpus, filter: RecommendationFilter): FilterProblem[] {
  const { index } = corpus;
  const problems: FilterProblem[] = [];
  const organisations = filter.organisation
    ? [filter.organisation]
    : [...index.organisations.keys()];
  const within = filter.organisation
    ? { sv: ` i ${filter.organisation}`, en: ` in ${filter.organisation}` }
    : { sv: "", en: "" };
  const problem = (option: FilterProblem["option"], message: Bilingual, suggestions: string[]) =>
    problems.push({ option, suggestions, message: withSuggestion(message, suggestions) });
  if (filter.organisation && !index.organisation(filter.organisation)) {
    problem(
      "org",
      {
        sv: `--org: det finns ingen organisation "${filter.organisation}" i korpusen`,
        en: `--org: there is no organisation "${filter.organisation}" in the corpus`,
      },
      nearest(filter.organisation, index.organisations.keys()),
    );
    return problems;
  }
  const body = filter.body;
  if (body && !organisations.some((o) => index.body(o, body))) {
    // A body may be meant by its name: "Socialnämnden" suggests `socialnamnden`.
    const byWords = new Map<string, string>();
    for (const o of organisations) {
      for (const known of index.bodies(o)) {
        byWords.set(known.id, known.id);
        byWords.set(known.name, known.id);
      }
    }
    problem(
      "body",
      {
        sv: `--body: det finns inget organ "${body}"${within.sv}`,
        en: `--body: there is no body "${body}"${within.en}`,
      },
      [...new Set(nearest(body, byWords.keys()).map((w) => byWords.get(w) ?? w))],
    );
  }
  const audit = filter.audit;
  if (audit && !organisations.some((o) => index.audit(o, audit))) {
    problem(
      "audit",
      {
        sv: `--audit: det finns ingen granskning "${audit}"${within.sv}`,
        en: `--audit: there is no audit "${audit}"${within.en}`,
      },
      nearest(
        audit,
        organisations.flatMap((o) => index.idsOf("audit", o)),
      ),
    );
  }
  return problems;
}
