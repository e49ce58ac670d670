import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A council's audit progress report whose appendix lists new recommendations one cell to a
// paragraph: reference, the audit's title (five words), the recommendation, the directorate
// that owns it, a rating and a date.
const cells = [
  "Appendix C - New high priority recommendations",
  "Ref",
  "Audit",
  "Recommendation",
  "Directorate",
  "Rating",
  "Agreed Date",
  "C1",
  "Highways Winter Maintenance Stock Control",
  "Salt stock levels should be reconciled to delivery notes at the end of each month.",
  "Place and Environment",
  "High",
  "28/02/2027",
  "C2",
  "Highways Winter Maintenance Stock Control",
  "Gritting routes should be reviewed before each winter and the review recorded.",
  "Place and Environment",
  "High",
  "30/09/2027",
  "C3",
  "Home to School Transport",
  "Contracts for transport should be retendered when they pass their end date.",
  "Children and Families",
  "Medium",
  "31/07/2027",
];

const organisation = {
  id: "council",
  bodies: [
    { id: "pe", name: "Place and Environment" },
    { id: "cf", name: "Children and Families" },
    { id: "gac", name: "Governance and Audit Committee" },
  ],
};

describe("a table one cell to a paragraph with a directorate column", () => {
  it("reads rows whose audit title has five words, each addressed to its directorate", () => {
    const text = `Internal Audit Progress Report\n\nThe Governance and Audit Committee receives this report each quarter.\n\n${cells.join("\n\n")}\n`;
    const found = reportRead(text, organisation, "report.txt");
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      [
        "Salt stock levels should be reconciled to delivery notes at the end of each month.",
        ["Place and Environment"],
      ],
      [
        "Gritting routes should be reviewed before each winter and the review recorded.",
        ["Place and Environment"],
      ],
      [
        "Contracts for transport should be retendered when they pass their end date.",
        ["Children and Families"],
      ],
    ]);
  });
});
