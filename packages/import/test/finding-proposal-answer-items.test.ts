import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(text, { id: "cabinet", name: "Cabinet" }, "minutes.txt");
}

// Minutes retelling an auditor's annual report as bullets: each a finding, the proposal made on
// it ("The Auditor General proposed that the Council should …") or the proposal alone, and the
// Council's response in the same bullet.
const minutes = [
  "Agenda Item No.",
  "",
  "ANNUAL IMPROVEMENT REPORT – AUDITOR GENERAL",
  "",
  "Members were advised of the auditor's assessment of the Council's arrangements.",
  "",
  "On governance, the report concluded that:",
  "  • Committee papers were published on time in almost every case.",
  "  • Decision records did not always show the options considered.  The Auditor General proposed that the Council should record the options considered for every key decision.  The Council's response accepted this and stated that the new template would be used from 1 February 2028.",
  "  • The Council should publish the register of gifts and hospitality each quarter.  The response did not agree that quarterly publication was needed, as the register is published every year.",
  "",
  "RECOMMENDED – THAT the report be noted.",
].join("\n");

describe("bullets that each tell a finding, the proposal on it and the answer", () => {
  it("reads the proposal as the recommendation and the answer in its bullet as its answer", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "the Council should record the options considered for every key decision.", "agrees"],
      [
        2,
        "The Council should publish the register of gifts and hospitality each quarter.",
        "disagrees",
      ],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2028-02-01"],
      [],
    ]);
  });
});
