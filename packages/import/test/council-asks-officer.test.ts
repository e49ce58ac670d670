import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A city auditor's report whose recommendations are put as resolutions of the council, each
// asking an officer (named with the division) to act: the officer's division is the addressee.
const report = [
  "Audit of Snow Clearing Contracts",
  "",
  "Recommendations",
  "",
  "1. City Council request the General Manager, Transportation Services, to reconcile GPS records with contractor invoices before payment.",
  "",
  "2. City Council direct the City Treasurer to withhold payment where a contractor's GPS records are missing.",
].join("\n");

const organisation = {
  id: "c",
  bodies: [
    { id: "ts", name: "Transportation Services", kind: "agency" },
    { id: "tr", name: "City Treasurer", kind: "agency" },
    { id: "cc", name: "City Council", kind: "council" },
  ],
};

describe("a council's resolution asking an officer to act", () => {
  it("goes to whom the council asks, not to the council", () => {
    const found = reportRead(report, organisation, "report.txt");
    expect(found.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([["ts"], ["tr"]]);
  });
});
