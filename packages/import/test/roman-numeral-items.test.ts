import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(
    text,
    { id: "risk-committee", name: "Audit and Risk Committee" },
    "minutes.txt",
  );
}

// Minutes that run the auditor's recommendations into one sentence numbered "(i)", "(ii)",
// "(iii)", and answer them in one sentence by those numerals, clause by clause.
const minutes = [
  "Minutes of the Audit and Risk Committee, 6 April 2027",
  "",
  "Item 4: External audit – Annual Audit Letter",
  "",
  "The auditor had made three recommendations: (i) that the Council should test its payroll system against the staff list each month; (ii) that the Council should recover overpaid housing benefit within a year; and (iii) that the Council should publish all spending over £250.",
  "",
  "The Director of Finance reported that recommendations (i) and (ii) had been accepted, with the payroll test to begin by 31 July 2027, and that recommendation (iii) had not been accepted, as spending over £500 is already published.",
  "",
  "The Committee noted the report.",
].join("\n");

describe("recommendations numbered in Roman numerals and answered by them", () => {
  it("reads each numbered clause and the stance each answering clause gives its numerals", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => [s.number, s.text.replace(/\.$/u, ""), s.stance])).toEqual([
      [1, "the Council should test its payroll system against the staff list each month", "agrees"],
      [2, "the Council should recover overpaid housing benefit within a year", "agrees"],
      [3, "the Council should publish all spending over £250", "disagrees"],
    ]);
  });
});
