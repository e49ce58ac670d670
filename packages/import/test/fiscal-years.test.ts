import { describe, expect, it } from "vitest";
import { findDatePhrases } from "../src/date-phrases.ts";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const periods = (text: string) =>
  findDatePhrases(text).map((d) => [d.text, d.period.start, d.period.end]);

describe("financial and fiscal years", () => {
  it("reads a year named by the two calendar years it spans", () => {
    expect(periods("The new charging policy applies in financial year 2028/29.")).toEqual([
      ["financial year 2028/29", "2028-04-01", "2029-03-31"],
    ]);
    expect(periods("Funding is sought in the FY 2026-27 estimates.")).toEqual([
      ["FY 2026-27", "2026-04-01", "2027-03-31"],
    ]);
    expect(periods("Reporting will begin in the 2029–30 financial year.")).toEqual([
      ["2029–30 financial year", "2029-07-01", "2030-06-30"],
    ]);
  });

  it("reads the first day of such a year where a practice starts from it", () => {
    expect(periods("Quarterly returns will be required from the 2028-29 financial year.")).toEqual([
      ["from the 2028-29 financial year", "2028-04-01", "2028-04-01"],
    ]);
    expect(periods("Audits run annually, starting with financial year 2027/28.")).toEqual([
      ["starting with financial year 2027/28", "2027-04-01", "2027-04-01"],
    ]);
    expect(periods("The levy applies from the 2030–31 financial year.")).toEqual([
      ["from the 2030–31 financial year", "2030-07-01", "2030-07-01"],
    ]);
  });

  it("reads a quarter of such a year written out", () => {
    expect(periods("The review ends in quarter 2 of 2026/27.")).toEqual([
      ["quarter 2 of 2026/27", "2026-07-01", "2026-09-30"],
    ]);
  });

  it("reads a US fiscal year by its one year, and its first day where a step begins in it", () => {
    expect(periods("Estimated completion: FY 2029.")).toEqual([
      ["FY 2029", "2028-10-01", "2029-09-30"],
    ]);
    expect(periods("Counts will be taken starting in fiscal year 2030.")).toEqual([
      ["starting in fiscal year 2030", "2029-10-01", "2029-10-01"],
    ]);
  });

  it("leaves two years that no financial year names, and the year a budget is for", () => {
    expect(periods("Ärendet har dnr 2026/27 och 2026/84.")).toEqual([]);
    expect(periods("The 2026/27 budget was set in March.")).toEqual([]);
    expect(periods("The costs go into the budget request for fiscal year 2029.")).toEqual([]);
  });
});

describe("a step that waits on another recommendation's", () => {
  const letter = [
    "Agency comments on the draft report",
    "",
    "Recommendation 1: The Director should set targets for inspection backlogs.",
    "",
    "Response: Concur. Targets will be issued by June 30, 2027.",
    "",
    "Recommendation 2: The Director should publish backlog figures each quarter.",
    "",
    "Response: Concur. Publication will start once the targets in recommendation 1 are set.",
    "",
    "Target Completion Date: Fiscal Year 2028.",
  ].join("\n");

  it("stays with the recommendation it answers", () => {
    const read: ImportedResponse = responseOfCommittee(
      letter,
      { id: "agency", name: "Inspection Agency" },
      "letter.txt",
    );
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-06-30"],
      ["2028-09-30"],
    ]);
  });
});

describe("a quarter named by the month it ends in", () => {
  it("reads 'the September quarter 2027' as July–September", () => {
    expect(periods("Monthly returns will start in the September quarter 2027.")).toEqual([
      ["September quarter 2027", "2027-07-01", "2027-09-30"],
    ]);
  });
});

describe("a fiscal year that names a budget", () => {
  it("is what the step is about, not when it is due", () => {
    expect(
      periods("The agency will pilot the model with the fiscal year 2029 budget request."),
    ).toEqual([]);
    expect(periods("The model will be in place in fiscal year 2029.")).toEqual([
      ["fiscal year 2029", "2028-10-01", "2029-09-30"],
    ]);
  });
});

describe("a calendar year", () => {
  it("reads the year where a time word leads it, and not a year that names what", () => {
    expect(periods("The rules will be finalised by the end of calendar year 2027.")).toEqual([
      ["by the end of calendar year 2027", "2027-10-01", "2027-12-31"],
    ]);
    expect(periods("Checks begin with the calendar year 2027 returns.")).toEqual([]);
  });
});
