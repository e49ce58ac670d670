import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const minute = [
  "14 RESPONSE TO THE EXTERNAL AUDITOR'S RECOMMENDATIONS",
  "Minutes:",
  'The Head of Resources introduced the report. The external auditor had found a weakness in how capital projects were approved. He recommended that "The Council should adopt a gateway process for every capital project above £1m before it is added to the programme." A response was prepared for the Audit Panel.',
  'The auditor also made two further recommendations: "The Council should publish a register of its partnership agreements." and "The Council should review the terms of reference of the Audit Panel each year."',
  "Members noted the report.",
].join("\n");

describe("recommendations quoted whole in minutes", () => {
  it("opens a section for each quotation that recommends, after words saying they were recommended", () => {
    const read = responseOfCommittee(minute, { id: "council", name: "Council" });
    expect(read.sections.map((s) => s.text)).toEqual([
      "The Council should adopt a gateway process for every capital project above £1m before it is added to the programme.",
      "The Council should publish a register of its partnership agreements.",
      "The Council should review the terms of reference of the Audit Panel each year.",
    ]);
  });

  it("takes no quotation of what someone said for a recommendation", () => {
    const said = [
      "14 CAPITAL PROGRAMME",
      "Minutes:",
      'The Leader said that "The Council should be proud of what the capital programme has delivered this year." Members noted the report.',
    ].join("\n");
    const read = responseOfCommittee(said, { id: "council", name: "Council" });
    expect(read.sections.map((s) => s.text)).toEqual([]);
  });
});
