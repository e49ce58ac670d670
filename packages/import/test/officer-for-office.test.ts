import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A list of open recommendations: some open with their purpose before whom they are to, and
// each names an officer who should act, which stands for the department or agency they head.
const report = [
  "Open recommendations",
  "",
  "Recommendation: To reduce improper payments in the housing voucher program, the Administrator of the Tenant Assistance Administration should verify household income against wage records each year.",
  "Status: Open",
  "",
  "Recommendation: The Secretary of Transportation should require grantees to report the condition of bridges repaired with program funds.",
  "Status: Open",
  "",
  "Recommendation: To strengthen oversight of port security grants, the Secretary of Homeland Security, in coordination with the Secretary of Transportation, should set measurable goals for the program.",
  "Status: Open",
].join("\n");

const organisation = {
  id: "us",
  bodies: [
    { id: "taa", name: "Tenant Assistance Administration", kind: "agency" },
    { id: "dot", name: "Department of Transportation", kind: "department" },
    { id: "dhs", name: "Department of Homeland Security", kind: "department" },
  ],
};

describe("an officer who should act, after a purpose put first", () => {
  it("is read as the office the officer heads", () => {
    const found = reportRead(report, organisation, "recommendations.txt");
    expect(found.recommendations.map((r) => [r.text.slice(0, 30), r.to.map((b) => b.id)])).toEqual([
      ["To reduce improper payments in", ["taa"]],
      ["The Secretary of Transportatio", ["dot"]],
      ["To strengthen oversight of por", ["dhs"]],
    ]);
  });
});
