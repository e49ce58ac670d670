import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// An audit office's report: the intro says to which department the recommendations are made,
// by the short name the report gave it; two of them name an officer inside the department
// whom the organisation does not know as a body.
const report = [
  "The Department of Coastal Affairs (DCA) licenses harbour works.",
  "",
  "Recommendations for Executive Action",
  "",
  "We are making the following three recommendations to DCA:",
  "",
  "The Assistant Secretary for Harbours should publish the time each licence takes to decide. (Recommendation 1)",
  "",
  "The Chief Information Officer should replace the licensing system's paper forms with an online form. (Recommendation 2)",
  "",
  "The Secretary of Coastal Affairs should report the backlog of licence applications to Congress each year. (Recommendation 3)",
].join("\n");

const organisation = {
  id: "us",
  bodies: [
    { id: "dca", name: "Department of Coastal Affairs", kind: "committee" },
    { id: "gao", name: "GAO", kind: "auditors" },
  ],
};

describe("an officer inside the body the recommendations are made to", () => {
  it("is read as that body", () => {
    expect(recommendationsTo(report, organisation).map(([, to]) => to)).toEqual([
      ["dca"],
      ["dca"],
      ["dca"],
    ]);
  });
});
