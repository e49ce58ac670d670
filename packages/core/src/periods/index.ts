/**
 * @sparbar/core/periods: dates as Swedish documents write them ("i början av 2026", "2025-Q4",
 * "den 31 maj 2024"), read into periods, written back in words, and Stockholm calendar days.
 * Needs nothing but the language itself: no YAML, no Markdown.
 *
 * @module @sparbar/core/periods
 */

export { type IsoDay, stockholmDay } from "./calendar.ts";
export { formatDay, type Lang } from "./format.ts";
export { parsePeriod } from "./parse.ts";
export type { Period } from "./period.ts";
