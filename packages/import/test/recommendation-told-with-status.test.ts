import { describe, expect, it } from "vitest";
import { auditCommitteeResponse } from "./helpers/one-committee-response.ts";

// Minutes on an audit recommendations tracker: officers' answers name each recommendation in
// passing; two are answered (accepted, partly accepted), the third is only given its tracker
// status, followed by a stopgap the service declines while it waits.
const minutes = [
  "Minutes:",
  "",
  "The Committee considered the tracker of outstanding Internal Audit recommendations.",
  " ",
  "The Head of Fleet explained that the recommendation that every pool car should carry a mileage log had been accepted and that the logs would be issued by 28 February 2027. The recommendation that fuel cards should be reconciled each week had been partly accepted: a fortnightly reconciliation would start in April 2027.",
  " ",
  "In answer to a question, the Head of Fleet said that the recommendation that drivers should record defects in the telematics system remained amber, as the contract for the system had not yet been let. The service did not intend to introduce paper defect sheets in the meantime.",
  " ",
  "Resolved: That the tracker be noted.",
].join("\n");

describe("a recommendation told with its tracker status", () => {
  it("opens a section for it, with no stance and nothing read as its answer", () => {
    const read = auditCommitteeResponse(minutes);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "every pool car should carry a mileage log", "agrees"],
      [2, "fuel cards should be reconciled each week", "partly-agrees"],
      [3, "drivers should record defects in the telematics system", undefined],
    ]);
    expect(read.sections[2]?.measures).toEqual([]);
  });
});
