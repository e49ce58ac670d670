import { type BodyState, bodyStates, type QuarterCounts } from "@sparbar/core";

/**
 * How the body-track states moved, quarter by quarter, as small multiples: one row per state,
 * named in words beside its bars, so that no reader needs to tell colours apart. Each row is
 * scaled to its own highest count, which the row states in figures.
 */
export interface SparkRow {
  state: BodyState;
  counts: number[];
  max: number;
  now: number;
}

export function sparkRows(quarters: readonly QuarterCounts[]): SparkRow[] {
  return bodyStates
    .filter((s) => quarters.some((q) => q.body[s] > 0))
    .map((state) => {
      const counts = quarters.map((q) => q.body[state]);
      return { state, counts, max: Math.max(...counts), now: counts.at(-1) ?? 0 };
    });
}

/** A quarter in words: `2025-Q2` → `2025 Q2` (the quarter's letter is the same in both languages). */
export function quarterText(quarter: string): string {
  return quarter.replace("-", " ");
}

const HEIGHT = 32;
const STEP = 8;
const BAR = 6;

/**
 * One row's bars as SVG, drawn as a string (a national overview has dozens of quarters in each
 * of a dozen rows, and Astro would render every attribute on its own). Decorative: the row's
 * words and the table carry the figures.
 */
export function sparkSvg(row: SparkRow): string {
  const width = Math.max(row.counts.length * STEP, STEP);
  const scale = row.max > 0 ? (HEIGHT - 2) / row.max : 0;
  const bars = row.counts
    .map((n, i) => {
      if (n === 0) return "";
      const h = Math.max(1, n * scale);
      return `<rect x="${i * STEP}" y="${(HEIGHT - h).toFixed(1)}" width="${BAR}" height="${h.toFixed(1)}"></rect>`;
    })
    .join("");
  return `<svg class="spark" viewBox="0 0 ${width} ${HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false"><line x1="0" x2="${width}" y1="${HEIGHT - 0.5}" y2="${HEIGHT - 0.5}"></line>${bars}</svg>`;
}
