import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// An internal audit report's action plan: a table of recommendations whose responsible column
// names officers only, none of them a body of the organisation; one row names a committee that
// is one.
const organisation = {
  id: "c",
  bodies: [
    { id: "council", name: "Westmere Borough Council", kind: "council" },
    { id: "hc", name: "Housing Committee", kind: "committee" },
    { id: "ia", name: "Internal Audit", kind: "auditors" },
  ],
};

describe("a responsible column that names officers only", () => {
  it("gives no addressee for an officer, and the body for a body", () => {
    const report = [
      "Internal Audit Report: Cash Handling at Leisure Centres",
      "",
      "Action plan",
      "",
      "Ref\tRecommendation\tPriority\tResponsible Officer",
      "1\tTakings should be banked within two working days and the banking reconciled weekly.\tHigh\tLeisure Services Manager",
      "2\tSafe keys should be held by two named staff at each centre.\tMedium\tCentre Managers (North and South)",
      "3\tThe cash handling policy should be reported for approval.\tLow\tHousing Committee",
    ].join("\n");
    const read = reportRead(report, organisation).recommendations.map((r) => [
      r.text.slice(0, 20),
      [...r.to.map((b) => b.id), ...r.unknownTo],
    ]);
    expect(read).toEqual([
      ["Takings should be ba", []],
      ["Safe keys should be ", []],
      ["The cash handling po", ["hc"]],
    ]);
  });
});
