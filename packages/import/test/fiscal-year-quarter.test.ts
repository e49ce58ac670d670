import { describe, expect, it } from "vitest";
import { findDatePhrases } from "../src/date-phrases.ts";

const periods = (text: string) => findDatePhrases(text).map((d) => [d.period.start, d.period.end]);

describe("a quarter of a US fiscal year", () => {
  it("reads the quarter of the federal year that begins in October", () => {
    expect(
      periods("The new scales are to be installed in the third quarter of fiscal year 2028."),
    ).toEqual([["2028-04-01", "2028-06-30"]]);
    expect(periods("Training starts in the first quarter of FY 2027.")).toEqual([
      ["2026-10-01", "2026-12-31"],
    ]);
    expect(periods("The survey closes in Q2 FY28.")).toEqual([["2028-01-01", "2028-03-31"]]);
  });

  it("still reads a fiscal year named alone as the whole year", () => {
    expect(periods("The agency will report in fiscal year 2028.")).toEqual([
      ["2027-10-01", "2028-09-30"],
    ]);
  });
});
