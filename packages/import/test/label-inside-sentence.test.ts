import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(
    text,
    { id: "scrutiny-committee", name: "Scrutiny Committee" },
    "minutes.txt",
  );
}

// Minutes listing national reports' recommendations to councils, each after the report's title
// and a dash, run into the paragraph with the answer and its conclusion after it.
const minutes = [
  "Minutes:",
  "The report was presented by the Head of Policy.",
  "The recommendations and answers",
  "considered were as follows:",
  "'Open Doors – Library Services' - Recommendation 3: Councils should",
  "publish the opening hours of every library on one web page.",
  "Response: Accepted. A single page will be published by 31 January 2028. Conclusion: ongoing.",
  "'Safe Streets – Lighting' - Recommendation 2: Councils should",
  "keep a register of every street light that has failed twice in a year.",
  "Response: Not accepted. Failures are already logged by the contractor. Conclusion: not adopted.",
  "'Safe Streets – Lighting' - Recommendation 5: Councils should",
  "survey residents about lighting and publish the results each year.",
  "Response: Accepted in part. A survey will be run from 1 March 2028; the Council will not",
  "publish the results separately but within the annual report. Conclusion: ongoing.",
  "RESOLVED: To note the report.",
].join("\n");

describe("a numbered recommendation labelled inside a sentence", () => {
  it("reads the words after the label as the recommendation", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "Councils should publish the opening hours of every library on one web page.", "agrees"],
      [
        2,
        "Councils should keep a register of every street light that has failed twice in a year.",
        "disagrees",
      ],
      [
        3,
        "Councils should survey residents about lighting and publish the results each year.",
        "partly-agrees",
      ],
    ]);
  });

  it("reads a clause after a semicolon that promises by a date, beside one that refuses", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2028-01-31"],
      [],
      ["2028-03-01"],
    ]);
  });
});
