import type { IsoDay } from "./calendar.ts";

/** How exact a period is: the unit its words name. */
export const precisions = [
  "day",
  "week",
  "month",
  "tertial",
  "quarter",
  "half-year",
  "season",
  "year",
] as const;
export type Precision = (typeof precisions)[number];

/**
 * How the words relate the deadline to the period: `in` (during it, due at its end),
 * `by` ("senast", due at its end), `before` ("innan", due the day before it starts),
 * `from` ("från den", due on its first day).
 */
export type Qualifier = "in" | "by" | "before" | "from";

/**
 * A date as these documents write it: a span of calendar days with a precision, keeping the
 * words it came from. `start`..`end` is the span the words name after the qualifier is applied;
 * `due` is the day a deadline stated this way falls due (end of day, Europe/Stockholm).
 */
export interface Period {
  text: string;
  start: IsoDay;
  end: IsoDay;
  precision: Precision;
  qualifier: Qualifier;
  /** Canonical ISO form where one exists (`2025-01-31`, `2025-01`, `2022-Q4`, `2024/2025`). */
  iso?: string;
}

/** Earlier first by the day by which it certainly happened, then by where it could begin. */
export function comparePeriods(a: Period, b: Period): number {
  return a.end.localeCompare(b.end) || a.start.localeCompare(b.start);
}
