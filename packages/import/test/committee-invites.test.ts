import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A parliamentary committee's report asks by inviting or urging: "we invite X and Y to …",
// after a lead that ends in a comma, or at the sentence's start. The ask runs from "we".
const report = [
  "Report on three audit office studies",
  "",
  "2. We endorse the conclusions of the three studies.",
  "",
  "3. To make sure the findings are acted on, we invite the Cabinet Office and the Department for Rivers to reply to the recommendations within three months.",
  "",
  "4. We also urge the Department for Rivers to publish its flood plan by the end of the year.",
].join("\n");

const organisation = {
  id: "uk",
  bodies: [
    { id: "co", name: "Cabinet Office", kind: "department" },
    { id: "dr", name: "Department for Rivers", kind: "department" },
  ],
};

describe("a committee's 'we invite/urge X to …'", () => {
  it("reads each as a recommendation to the bodies it invites, from 'we' on", () => {
    const found = reportRead(report, organisation, "report.txt");
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "we invite the Cabinet Office and the Department for Rivers to reply to the recommendations within three months.",
      "We also urge the Department for Rivers to publish its flood plan by the end of the year.",
    ]);
    expect(found.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([["co", "dr"], ["dr"]]);
  });
});
