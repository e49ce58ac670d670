import { type BodyState, bodyStates, type QuarterCounts } from "@sparbar/core";
import { escapeHtml } from "@sparbar/core/render";

/** Colours of the body-track states; the same as the badges, each at least 3:1 against white. */
export const stateColours: Record<BodyState, string> = {
  "not-requested": "#5b6470",
  "request-unknown": "#6b6b6b",
  "awaiting-response": "#4f5966",
  "response-due-passed": "#7a5a00",
  "answered-content-unavailable": "#6d5d8f",
  answered: "#62528a",
  "measures-planned": "#1f5f99",
  "in-progress": "#0b6e7b",
  "measure-passed": "#8a5a00",
  "measure-late": "#a4231b",
  "reported-done": "#2a6f2d",
  declined: "#333a42",
};

interface Bar {
  quarter: string;
  x: number;
  segments: { state: BodyState; y: number; height: number; count: number }[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  max: number;
  bars: Bar[];
  barWidth: number;
  ticks: { value: number; y: number }[];
  labels: { x: number; text: string }[];
  states: BodyState[];
}

/** Stacked bars of body-track states per quarter, laid out in SVG units. */
export function chartGeometry(quarters: readonly QuarterCounts[]): ChartGeometry {
  const left = 44;
  const right = 28;
  const plotTop = 10;
  const plotBottom = 190;
  const height = 215;
  const barWidth = Math.max(6, Math.min(28, Math.floor(640 / Math.max(quarters.length, 1)) - 4));
  const step = barWidth + 4;
  const width = left + right + step * Math.max(quarters.length, 1);
  const max = Math.max(1, ...quarters.map((q) => q.total));
  const scale = (plotBottom - plotTop) / max;
  const states = bodyStates.filter((s) => quarters.some((q) => q.body[s] > 0));
  const bars: Bar[] = quarters.map((q, i) => {
    let y = plotBottom;
    const segments = states
      .filter((state) => q.body[state] > 0)
      .map((state) => {
        const h = q.body[state] * scale;
        y -= h;
        return { state, y, height: h, count: q.body[state] };
      });
    return { quarter: q.quarter, x: left + i * step, segments };
  });
  const tickStep = niceStep(max);
  const ticks = [];
  for (let v = 0; v <= max; v += tickStep) ticks.push({ value: v, y: plotBottom - v * scale });
  const everyNth = Math.ceil(quarters.length / 10);
  const labels = quarters
    .map((q, i) => ({ q, i }))
    .filter(({ i }) => i % everyNth === 0)
    .map(({ q, i }) => ({ x: left + i * step + barWidth / 2, text: q.quarter.replace("-", " ") }));
  return { width, height, plotTop, plotBottom, max, bars, barWidth, ticks, labels, states };
}

function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  const candidates = [1, 2, 5, 10].map((m) => m * power);
  return candidates.find((c) => c >= rough) ?? power * 10;
}

/**
 * The chart's SVG. Written as a string: a body's chart has a few hundred shapes, and Astro would
 * render each of their attributes on its own. Every text is escaped; numbers and colours come
 * from this module.
 */
export function chartSvg(
  g: ChartGeometry,
  text: { id: string; title: string; summary: string },
): string {
  const id = escapeHtml(text.id);
  const label = (x: number, y: number, anchor: string, content: string) =>
    `<text x="${x}" y="${y}" text-anchor="${anchor}" font-size="11" fill="#1b1f24">${escapeHtml(content)}</text>`;
  const ticks = g.ticks
    .map(
      (tick) =>
        `<g><line x1="40" x2="${g.width}" y1="${tick.y}" y2="${tick.y}" stroke="#c9d1db" stroke-width="1"></line>${label(36, tick.y + 4, "end", String(tick.value))}</g>`,
    )
    .join("");
  const bars = g.bars
    .map(
      (bar) =>
        `<g>${bar.segments
          .map(
            (s) =>
              `<rect x="${bar.x}" y="${s.y}" width="${g.barWidth}" height="${s.height}" fill="${stateColours[s.state]}" stroke="#ffffff" stroke-width="0.5"></rect>`,
          )
          .join("")}</g>`,
    )
    .join("");
  const labels = g.labels.map((l) => label(l.x, g.plotBottom + 16, "middle", l.text)).join("");
  return (
    `<svg viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(text.title)}</title><desc id="${id}-desc">${escapeHtml(text.summary)}</desc>` +
    `${ticks}${bars}${labels}</svg>`
  );
}
