import { type IsoDay, nextQuarter, quarterEnd, quarterOf } from "../periods/calendar.ts";
import { type AuditorState, auditorStates, type BodyState, bodyStates } from "../schema/states.ts";
import type { Change } from "./history.ts";

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
 * quarter's end from the first issue up to the as-of day. Each history is swept once beside the
 * quarters instead of being searched again for every quarter: the national overview counts
 * 100,000 histories over 40 quarters.
 */
export function countsByQuarter(
  histories: readonly (readonly Change[])[],
  asOf: IsoDay,
): QuarterCounts[] {
  let first: IsoDay | undefined;
  for (const history of histories) {
    const day = history[0]?.day;
    if (day !== undefined && (first === undefined || day < first)) first = day;
  }
  if (first === undefined) return [];
  const rows: QuarterCounts[] = [];
  for (let quarter = quarterOf(first); ; quarter = nextQuarter(quarter)) {
    const end = quarterEnd(quarter);
    rows.push({ quarter, day: end < asOf ? end : asOf, ...emptyCounts(), total: 0 });
    if (end >= asOf) break;
  }
  for (const history of histories) {
    // Histories are in day order: the state at a quarter's end is the last change on or before it.
    let next = 0;
    let state: Change | undefined;
    for (const row of rows) {
      while (next < history.length && (history[next] as Change).day <= row.day) {
        state = history[next++];
      }
      if (!state) continue;
      row.body[state.body]++;
      row.auditor[state.auditor]++;
      row.total++;
    }
  }
  return rows;
}
