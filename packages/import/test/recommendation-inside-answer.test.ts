import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(
    text,
    { id: "audit-committee", name: "Audit and Standards Committee" },
    "minutes.txt",
  );
}

// Minutes on the progress of agreed audit recommendations: each recommendation told as a "that"
// clause inside the sentence that answers it ("the recommendation that … had been agreed by …").
const minutes = [
  "Agenda item",
  "",
  "Progress Report on Agreed Audit Recommendations",
  "",
  "Minutes:",
  "",
  "The Audit Manager submitted a report on recommendations from audits given a limited opinion.",
  "",
  "For Library Stock, the recommendation that every branch should count its stock once a year had been agreed by the Libraries Manager, and the first count would be completed by 31 January 2028.",
  "",
  "For Parking Permits, the recommendation that permits should be renewed online only had been agreed in part; paper forms would remain for residents without internet access, with online renewal open from 1 April 2028.",
  "",
  "For Allotments, the recommendation that rents should be reviewed every two years had been agreed and the first review was finished in June 2027. The second recommendation, that a waiting list should be published on the website, had not been accepted by the Head of Parks, as tenants had asked for their names to be kept private.",
  "",
  "RESOLVED: That the report be noted.",
].join("\n");

describe("a recommendation told inside the sentence that answers it", () => {
  it("reads the clause as the recommendation and the verb after it as its stance", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "every branch should count its stock once a year", "agrees"],
      [2, "permits should be renewed online only", "partly-agrees"],
      [3, "rents should be reviewed every two years", "agrees"],
      [4, "a waiting list should be published on the website", "disagrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2028-01-31"],
      ["2028-04-01"],
      [],
      [],
    ]);
  });

  it("takes a heading on the recommendations' progress for no list of them", () => {
    const read = response(
      minutes.replace(
        "Progress Report on Agreed Audit Recommendations",
        "Update on Audit Recommendations",
      ),
    );
    expect(read.sections[0]?.text).toBe("every branch should count its stock once a year");
  });
});
