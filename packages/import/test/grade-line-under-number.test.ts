import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(
    text,
    { id: "risk-committee", name: "Audit and Risk Committee" },
    "paper.txt",
  );
}

// A committee paper's annex of management responses: each recommendation under its number,
// its grading on a line of its own ("Grade 1", "Priority: Medium"), then its words and the
// response.
const annex = [
  "Annex — Management responses",
  "Recommendation 1",
  "Grade 1",
  "The Trust should reconcile its fixed asset register with the ledger every quarter.",
  "Management response",
  "Agreed. The reconciliation will be added to the quarter-end timetable.",
  "Responsible officer: Financial Controller",
  "Due date: 30 September 2027",
  "Recommendation 2",
  "Priority: Medium",
  "Asset tags should be checked against the register at every site once a year.",
  "Management response",
  "Not agreed. Spot checks at the two largest sites give enough assurance.",
  "Responsible officer: N/A",
  "Due date: N/A",
].join("\n");

describe("a grading line between a recommendation's number and its words", () => {
  it("takes the words after the grading as the recommendation", () => {
    const read = response(annex);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [
        1,
        "The Trust should reconcile its fixed asset register with the ledger every quarter.",
        "agrees",
      ],
      [
        2,
        "Asset tags should be checked against the register at every site once a year.",
        "disagrees",
      ],
    ]);
  });
});
