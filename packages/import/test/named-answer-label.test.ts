import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A performance audit's web page: each recommendation a sentence of its own line, the audited
// body's answer on the line right under it, labelled with the body's whole name, a name too long
// to be cut off with the answer as a short label is.
const organisation = {
  id: "wa",
  bodies: [
    {
      id: "dpw",
      name: "Department of Parks, Heritage, Water Resources, Coastal Planning, Communications and the Arts",
      kind: "department",
    },
    { id: "oag", name: "Office of the Auditor General", kind: "auditors" },
  ],
};

describe("an answer labelled with the body's long name under a recommendation", () => {
  it("is not run into the recommendation above it", () => {
    const report = [
      "Grants to Community Landcare Groups",
      "",
      "Recommendations",
      "",
      "Recommendation no. 1",
      "Paragraph 3.12",
      "The Department of Parks, Heritage, Water Resources, Coastal Planning, Communications and the Arts ensure that every grant over $50,000 is acquitted against the milestones in its funding agreement.",
      "Department of Parks, Heritage, Water Resources, Coastal Planning, Communications and the Arts response: Agreed.",
      "",
      "Recommendation no. 2",
      "Paragraph 4.7",
      "The Department of Parks, Heritage, Water Resources, Coastal Planning, Communications and the Arts publish the outcome of each funding round within three months of its close.",
      "Department of Parks, Heritage, Water Resources, Coastal Planning, Communications and the Arts response: Agreed in principle.",
    ].join("\n");
    expect(recommendationsTo(report, organisation, "audit.txt")).toEqual([
      [
        "The Department of Parks, Heritage, Water Resources, Coastal Planning, Communications and the Arts ensure that every grant over $50,000 is acquitted against the milestones in its funding agreement.",
        ["dpw"],
      ],
      [
        "The Department of Parks, Heritage, Water Resources, Coastal Planning, Communications and the Arts publish the outcome of each funding round within three months of its close.",
        ["dpw"],
      ],
    ]);
  });
});
