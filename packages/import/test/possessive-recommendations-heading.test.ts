import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A council's page on an audit: the commission's findings quoted first, one of them saying
// what the council needs to do, then the recommendations under a heading that names whose
// they are ("The Auditor General's recommendations").
const page = [
  "Audit findings",
  "",
  "The commission's findings are:",
  "",
  "  • 'Housing repairs take longer than in comparable councils. The council needs to show how tenants can follow the progress of a repair.'",
  "",
  "The Auditor General's recommendations",
  "",
  "  • The council should publish repair times for each area every quarter.",
  "  • The council should set a target for the share of repairs completed at the first visit.",
  "",
  "Related information",
].join("\n");

const organisation = {
  id: "c",
  bodies: [{ id: "cc", name: "Dunmarra Council", kind: "council" }],
};

describe("a recommendations heading with whose they are", () => {
  it("opens the recommendations section, so a need among the findings before it is none", () => {
    const found = reportRead(page, organisation);
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "The council should publish repair times for each area every quarter.",
      "The council should set a target for the share of repairs completed at the first visit.",
    ]);
  });
});
