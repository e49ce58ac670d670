import { describe, expect, it } from "vitest";
import { auditCommitteeResponse, measureOwners } from "./helpers/one-committee-response.ts";

// Minutes where an officer reports on a numbered recommendation's new date in a sentence that
// states no stance, and the auditor reports on another's.
const minutes = [
  "Minutes:",
  "",
  "Members noted that Recommendation No. 2 - Payroll Exception Reports was still open. The Head of People and Payroll explained that the new reports had been delayed by the system upgrade and would now be in place by October 2028.",
  "",
  "Members noted that Recommendation No. 5 - Contract Register was still open. The Internal Audit Manager advised that the register would be completed by December 2028.",
].join("\n");

describe("an officer reporting a step's new date in its own sentence", () => {
  it("answers for it; the auditor reporting does not", () => {
    expect(measureOwners(auditCommitteeResponse(minutes))).toEqual([
      [["2028-10-31", "Head of People and Payroll"]],
      [["2028-12-31", null]],
    ]);
  });
});
