import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A state auditor's page of one report's recommendations, copied as text: per addressee a
// caption "Recommendations to <agency, inverted> | ||" and a table whose cells each end with a
// bar, a row's status on the next line and a long cell broken over lines.
const page = [
  "State Auditor",
  "Report 2027-114 Recommendations",
  "Below is each recommendation the auditor made in the report and the latest response from the auditee.",
  "Recommendations in Report 2027-114: Harbor Dredging Permits (Release Date: March 2027)",
  "Recommendations to Parks and Waterways, Department of | ||",
  "Number | Recommendation | Status |",
  "1 | Waterways should publish its permit backlog on its website every quarter. |",
  "Fully Implemented |",
  "3 | To shorten its reviews, Waterways should",
  "set a deadline of 90 days for each permit decision and",
  "report the decisions that miss it to its board. |",
  "Pending |",
  "Recommendations to Coastal Affairs, Governor's | ||",
  "Number | Recommendation | Status |",
  "2 | Coastal Affairs should agree with Waterways on one shared register of dredging sites by May 2028. |",
  "Pending |",
  "Back to top",
].join("\n");

const organisation = {
  id: "state",
  bodies: [
    { id: "waterways", name: "Department of Parks and Waterways" },
    { id: "coastal", name: "Governor's Coastal Affairs" },
    { id: "auditor", name: "State Auditor", kind: "auditors" },
  ],
};

describe("a table whose cells each end with a bar", () => {
  it("reads each row's recommendation, joined over its lines, addressed by its group's caption", () => {
    const found = reportRead(page, organisation, "page.txt");
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      [
        "Waterways should publish its permit backlog on its website every quarter.",
        ["Department of Parks and Waterways"],
      ],
      [
        "To shorten its reviews, Waterways should set a deadline of 90 days for each permit decision and report the decisions that miss it to its board.",
        ["Department of Parks and Waterways"],
      ],
      [
        "Coastal Affairs should agree with Waterways on one shared register of dredging sites by May 2028.",
        ["Governor's Coastal Affairs"],
      ],
    ]);
  });
});
