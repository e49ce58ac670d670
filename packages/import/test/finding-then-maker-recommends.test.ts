import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(text, { id: "estates", name: "Director of Estates" }, "responses.txt");
}

// A department's responses under each finding's title, the auditors' recommending sentence
// after it, then "Management Response" and the position.
const responses = [
  "Management Responses to Internal Audit Report 27-02: Vehicle Fuel Cards",
  "",
  "Finding 1 - Fuel cards are shared between drivers",
  "",
  "Internal Audit recommends that the Estates Department assign each fuel card to one vehicle and record its holder.",
  "",
  "Management Response",
  "",
  "Position: Agree.",
  "",
  "Cards will be reissued to vehicles. Targeted implementation date: March 31, 2028.",
  "",
  "Finding 2 - Receipts are not kept",
  "",
  "Internal Audit recommends that drivers attach a receipt to every fuel purchase logged.",
  "",
  "Management Response",
  "",
  "Position: Disagree.",
  "",
  "The card provider's statement lists every purchase, which is enough.",
].join("\n");

describe("a finding's title, then the auditors' recommending sentence", () => {
  it("takes the recommending sentence as the recommendation, not the title", () => {
    const read = response(responses);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [
        1,
        "Internal Audit recommends that the Estates Department assign each fuel card to one vehicle and record its holder.",
        "agrees",
      ],
      [
        2,
        "Internal Audit recommends that drivers attach a receipt to every fuel purchase logged.",
        "disagrees",
      ],
    ]);
  });
});
