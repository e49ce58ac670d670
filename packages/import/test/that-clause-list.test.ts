import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(
    text,
    { id: "governance-committee", name: "Governance and Audit Committee" },
    "minutes.txt",
  );
}

// Minutes in which a member retells the recommendations of an audit as "that" clauses parted
// by semicolons, inside a bullet point, and an officer answers them in turn.
const minutes = [
  "Agenda item",
  "",
  "External Audit: Progress Report",
  "",
  "The Head of Finance presented the report. Questions from Members were invited:",
  "",
  "·         A Member referred to the review of fleet management, which had made three recommendations: that the Council should replace the vehicle booking spreadsheet with a single system; that the Council should inspect every pool car twice a year; and that the Council should charge departments for the mileage they use.  The Member asked about progress.",
  "",
  "The Head of Fleet stated that the booking system had been accepted as a recommendation and a new system would go live in June 2028.  Twice-yearly inspections were also accepted; the first round would be finished by 30 September 2027.",
  "",
  "·         A Member noted that the third recommendation had been marked 'not accepted' and asked why.",
  "",
  "The Head of Fleet advised that recharging mileage would cost more to administer than it would save.",
  "",
  "The Committee noted the report.",
].join("\n");

describe("recommendations retold as clauses that each open with 'that'", () => {
  it("reads each clause as a recommendation, and each answer in turn", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [
        1,
        "the Council should replace the vehicle booking spreadsheet with a single system",
        "agrees",
      ],
      [2, "the Council should inspect every pool car twice a year", "agrees"],
      [3, "the Council should charge departments for the mileage they use", "disagrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2028-06-30"],
      ["2027-09-30"],
      [],
    ]);
  });
});
