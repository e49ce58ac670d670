/**
 * @sparbar/core/filter: the one filter over recommendations. `sparbar status` and the site's explorer both use it: the
 * CLI on statuses it derives, the explorer's script (which imports this module alone) on the
 * facets the site publishes. Facets are what core derived; matching them applies no status rule.
 * Apart from the main entry so that a browser can load it alone.
 *
 * @module @sparbar/core/filter
 */
import type { Stance } from "../schema/section.ts";
import type { AuditorState, BodyState } from "../schema/states.ts";

export interface RecommendationFilter {
  organisation?: string;
  body?: string;
  audit?: string;
  /** The audit's year: the year its date ends in. */
  year?: number;
  /** Body-track or auditor-track states; a row matches when either track is in the list. */
  states?: readonly (BodyState | AuditorState)[];
  stance?: Stance | "none";
  /** Only rows with a next deadline in this window (inclusive). */
  dueFrom?: string;
  dueTo?: string;
  closed?: boolean;
  /**
   * Only open recommendations with a deadline passed: late as a source says, or passed with no
   * report since. One the auditors found implemented, or that is otherwise closed, is not overdue.
   */
  overdue?: boolean;
}

/** What a filter looks at in one recommendation for one addressee, as core derived it. */
export interface RowFacets {
  organisation: string;
  body: string;
  audit: string;
  year: number;
  bodyState: BodyState;
  auditorState: AuditorState;
  /** The stance, or "none" when the body has stated none. */
  stance: Stance | "none";
  closed: boolean;
  /** Open, with a deadline passed: late as a source says, or passed with no report since. */
  overdue: boolean;
  /** The last day of the next deadline not yet passed. */
  nextDue?: string;
}

export function matchesFilter(row: RowFacets, filter: RecommendationFilter): boolean {
  if (filter.organisation && row.organisation !== filter.organisation) return false;
  if (filter.body && row.body !== filter.body) return false;
  if (filter.audit && row.audit !== filter.audit) return false;
  if (filter.year !== undefined && row.year !== filter.year) return false;
  if (
    filter.states?.length &&
    !filter.states.includes(row.bodyState) &&
    !filter.states.includes(row.auditorState)
  )
    return false;
  if (filter.stance && row.stance !== filter.stance) return false;
  if (filter.closed !== undefined && row.closed !== filter.closed) return false;
  if (filter.overdue && !row.overdue) return false;
  if (filter.dueFrom || filter.dueTo) {
    const due = row.nextDue;
    if (!due || (filter.dueFrom && due < filter.dueFrom) || (filter.dueTo && due > filter.dueTo))
      return false;
  }
  return true;
}
