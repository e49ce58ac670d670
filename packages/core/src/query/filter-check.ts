import type { Corpus } from "../corpus.ts";
import type { Bilingual } from "../labels.ts";
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
  if (filter.organisation && !index.organisation(filter.organisation)) {
    const suggestions = nearest(filter.organisation, index.organisations.keys());
    problems.push({
      option: "org",
      suggestions,
      message: withSuggestion(
        {
          sv: `--org: det finns ingen organisation "${filter.organisation}" i korpusen`,
          en: `--org: there is no organisation "${filter.organisation}" in the corpus`,
        },
        suggestions,
      ),
    });
    return problems;
  }
  if (filter.body && !organisations.some((o) => index.body(o, filter.body ?? ""))) {
    const byWords = new Map<string, string>();
    for (const o of organisations) {
      for (const body of index.bodies(o)) {
        byWords.set(body.id, body.id);
        byWords.set(body.name, body.id);
      }
    }
    const suggestions = [
      ...new Set(nearest(filter.body, byWords.keys()).map((w) => byWords.get(w) ?? w)),
    ];
    problems.push({
      option: "body",
      suggestions,
      message: withSuggestion(
        {
          sv: `--body: det finns inget organ "${filter.body}"${filter.organisation ? ` i ${filter.organisation}` : ""}`,
          en: `--body: there is no body "${filter.body}"${filter.organisation ? ` in ${filter.organisation}` : ""}`,
        },
        suggestions,
      ),
    });
  }
  if (filter.audit && !organisations.some((o) => index.audit(o, filter.audit ?? ""))) {
    const ids = organisations.flatMap((o) => index.idsOf("audit", o));
    const suggestions = nearest(filter.audit, ids);
    problems.push({
      option: "audit",
      suggestions,
      message: withSuggestion(
        {
          sv: `--audit: det finns ingen granskning "${filter.audit}"${filter.organisation ? ` i ${filter.organisation}` : ""}`,
          en: `--audit: there is no audit "${filter.audit}"${filter.organisation ? ` in ${filter.organisation}` : ""}`,
        },
        suggestions,
      ),
    });
  }
  return problems;
}
