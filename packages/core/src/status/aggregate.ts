import { type IsoDay, nextQuarter, quarterEnd, quarterOf } from "../periods/calendar.ts";
import type { Change } from "./history.ts";
import { stateOn } from "./history.ts";
import { type AuditorState, auditorStates, type BodyState, bodyStates } from "./states.ts";

export interface QuarterCounts {
  /** `2025-Q2` */
  quarter: string;
  /** The last day of the quarter (or the as-of day for the running quarter). */
  day: IsoDay;
  body: Record<BodyState, number>;
  auditor: Record<AuditorState, number>;
  total: number;
}

export function emptyCounts(): {
  body: Record<BodyState, number>;
  auditor: Record<AuditorState, number>;
} {
  return {
    body: Object.fromEntries(bodyStates.map((s) => [s, 0])) as Record<BodyState, number>,
    auditor: Object.fromEntries(auditorStates.map((s) => [s, 0])) as Record<AuditorState, number>,
  };
}

/**
 * How the states of a group of recommendations moved, quarter by quarter: counts at each
 * quarter's end from the first issue up to the as-of day. Histories are swept, not re-derived.
 */
export function countsByQuarter(
  histories: readonly (readonly Change[])[],
  asOf: IsoDay,
): QuarterCounts[] {
  const starts = histories.map((h) => h[0]?.day).filter((d): d is IsoDay => d !== undefined);
  const first = starts.sort()[0];
  if (first === undefined) return [];
  const rows: QuarterCounts[] = [];
  for (let quarter = quarterOf(first); ; quarter = nextQuarter(quarter)) {
    const end = quarterEnd(quarter);
    const day = end < asOf ? end : asOf;
    const counts = emptyCounts();
    let total = 0;
    for (const history of histories) {
      const state = stateOn(history, day);
      if (!state) continue;
      counts.body[state.body]++;
      counts.auditor[state.auditor]++;
      total++;
    }
    rows.push({ quarter, day, ...counts, total });
    if (end >= asOf) break;
  }
  return rows;
}
