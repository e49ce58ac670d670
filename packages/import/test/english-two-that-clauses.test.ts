import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A news article retelling an audit report: one sentence of indirect speech with two "that"
// clauses, each naming whom it is to after its own "that".
const organisation = {
  id: "isl",
  bodies: [
    { id: "dot", name: "Department of Transport", kind: "department" },
    { id: "ta", name: "Transit Authority", kind: "authority" },
    { id: "ag", name: "Auditor General", kind: "auditors" },
  ],
};

describe("an English recommending sentence with two 'that' clauses", () => {
  it("reads two recommendations, the first with the lead, each to its own body", () => {
    const report = [
      "Auditor General finds bus services late",
      "",
      "The Auditor General's report on public transport found that one bus in five ran more than ten minutes late last year.",
      "",
      "The report recommends that the Department of Transport publish its timetables and fares on one website, and that the Transit Authority report its delays to the minister every month.",
    ].join("\n");
    expect(recommendationsTo(report, organisation, "article.txt")).toEqual([
      [
        "The report recommends that the Department of Transport publish its timetables and fares on one website",
        ["dot"],
      ],
      ["that the Transit Authority report its delays to the minister every month.", ["ta"]],
    ]);
  });
});
