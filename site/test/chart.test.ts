import { auditorStates, bodyStates, type QuarterCounts } from "@sparbar/core";
import { describe, expect, it } from "vitest";
import { quarterText, sparkRows, sparkSvg } from "../src/lib/chart.ts";

function quarter(q: string, planned: number, passed: number): QuarterCounts {
  const counts = {
    body: Object.fromEntries(bodyStates.map((s) => [s, 0])) as QuarterCounts["body"],
    auditor: Object.fromEntries(auditorStates.map((s) => [s, 0])) as QuarterCounts["auditor"],
  };
  counts.body["measures-planned"] = planned;
  counts.body["measure-passed"] = passed;
  counts.auditor["not-assessed"] = planned + passed;
  return { quarter: q, day: "2025-03-31", ...counts, total: planned + passed };
}

describe("the chart", () => {
  const quarters = [quarter("2025-Q1", 3, 0), quarter("2025-Q2", 1, 2), quarter("2025-Q3", 0, 4)];

  it("has a row for every state some quarter has, in the states' order, with its figures", () => {
    const rows = sparkRows(quarters);
    expect(rows.map((r) => r.state)).toEqual(["measures-planned", "measure-passed"]);
    expect(rows[0]).toMatchObject({ counts: [3, 1, 0], max: 3, now: 0 });
    expect(rows[1]).toMatchObject({ counts: [0, 2, 4], max: 4, now: 4 });
  });

  it("draws a bar for every quarter with a count, scaled to the row's highest, hidden from screen readers", () => {
    const svg = sparkSvg(
      sparkRows(quarters)[1] ?? { state: "answered", counts: [], max: 0, now: 0 },
    );
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).not.toContain("NaN");
    expect(sparkSvg({ state: "answered", counts: [0, 0], max: 0, now: 0 })).not.toContain("NaN");
  });

  it("writes a quarter as words", () => {
    expect(quarterText("2025-Q2")).toBe("2025 Q2");
  });
});
