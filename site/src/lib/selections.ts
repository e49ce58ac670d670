import { type AuditorState, auditorStates, type BodyState, bodyStates } from "@sparbar/core";
import { matchesFilter, type RecommendationFilter } from "@sparbar/core/filter";
import type { CorpusView } from "@sparbar/core/view";

/**
 * What a page of the explorer's, for reading without JavaScript, lists: the recommendations in
 * one state of either track, or the overdue ones (open, with a date passed: late as a source
 * says, or passed with no report since), as `sparbar status --overdue` lists them.
 */
export type Selection = BodyState | AuditorState | "overdue";

export const overdue = "overdue";

const states: readonly string[] = [...bodyStates, ...auditorStates];

export function isSelection(text: string): text is Selection {
  return text === overdue || states.includes(text);
}

/** Core's filter for a selection, in one organisation or across the corpus. */
export function selectionFilter(selection: Selection, organisation?: string): RecommendationFilter {
  const filter: RecommendationFilter =
    selection === overdue ? { overdue: true } : { states: [selection] };
  if (organisation) filter.organisation = organisation;
  return filter;
}

const overdueByOrganisation = new WeakMap<CorpusView, { all: number; by: Map<string, number> }>();

/**
 * How many recommendations (per addressee) are overdue, in one organisation or in all. Counted
 * once for every organisation: counting again for each went through the whole corpus each time.
 */
export function overdueCount(view: CorpusView, organisation?: string): number {
  let counts = overdueByOrganisation.get(view);
  if (!counts) {
    const filter = selectionFilter(overdue);
    counts = { all: 0, by: new Map() };
    for (const row of view.explorer().rows) {
      if (!matchesFilter(row.facets, filter)) continue;
      counts.all++;
      const id = row.facets.organisation;
      counts.by.set(id, (counts.by.get(id) ?? 0) + 1);
    }
    overdueByOrganisation.set(view, counts);
  }
  return organisation === undefined ? counts.all : (counts.by.get(organisation) ?? 0);
}
