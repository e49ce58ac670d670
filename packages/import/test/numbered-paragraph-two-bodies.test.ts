import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A report whose paragraphs are numbered: a recommendation to two bodies, "The", after the
// paragraph's number.
const report = [
  "Recommendations",
  "",
  "14 The Home Office and the Ministry of Justice should agree by June 2027 how offenders' records will be shared between their case systems.",
].join("\n");

const organisation = {
  id: "uk",
  bodies: [
    { id: "ho", name: "Home Office", kind: "department" },
    { id: "moj", name: "Ministry of Justice", kind: "department" },
  ],
};

describe("a numbered paragraph asking two bodies", () => {
  it("is a recommendation to both", () => {
    const found = reportRead(report, organisation, "report.txt");
    expect(found.recommendations.map((r) => [r.text.slice(0, 40), r.to.map((b) => b.id)])).toEqual([
      ["The Home Office and the Ministry of Just", ["ho", "moj"]],
    ]);
  });
});
