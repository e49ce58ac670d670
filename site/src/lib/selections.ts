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

/** How many items there are of each key, in one pass. */
export function countBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const overdueByOrganisation = new WeakMap<CorpusView, Map<string, number>>();

/**
 * How many recommendations (per addressee) are overdue, in one organisation or in all. Counted
 * once for every organisation: counting again for each went through the whole corpus each time.
 */
export function overdueCount(view: CorpusView, organisation?: string): number {
  let counts = overdueByOrganisation.get(view);
  if (!counts) {
    const filter = selectionFilter(overdue);
    const rows = view.explorer().rows.filter((row) => matchesFilter(row.facets, filter));
    counts = countBy(rows, (row) => row.facets.organisation);
    overdueByOrganisation.set(view, counts);
  }
  if (organisation !== undefined) return counts.get(organisation) ?? 0;
  return [...counts.values()].reduce((sum, n) => sum + n, 0);
}
