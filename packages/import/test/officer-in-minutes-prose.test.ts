import { describe, expect, it } from "vitest";
import { auditCommitteeResponse, measureOwners } from "./helpers/one-committee-response.ts";

describe("the officer minutes name for a step in reported speech", () => {
  const minutes = [
    "Minutes:",
    "",
    "The Committee received the external auditor's annual letter, which made four recommendations.",
    "",
    "The first recommended that the Borough should value its depot land before the next accounts are closed; management agreed, with the valuation to be done by the Valuation Manager by 30 April 2027.",
    "",
    "The second recommended that the Borough should publish a ten-year capital plan. The Treasurer said the recommendation was accepted; the plan would be agreed by Cabinet in June 2027, led by the Capital Programme Manager.",
    "",
    "The third recommended that the Borough should review its parking charges. It was confirmed that the recommendation was accepted and that a review would be reported by 31 August 2027. The Head of Highways Services would lead the review.",
    "",
    "The fourth recommended that the Borough should train every budget holder. The Cabinet Member said the recommendation was accepted; training would begin by 31 October 2027, with the Chief Officer (Finance and Assets) responsible.",
  ].join("\n");

  it("takes the officer after 'by the', 'led by the', 'with … responsible' or as the next sentence's subject", () => {
    expect(measureOwners(auditCommitteeResponse(minutes))).toEqual([
      [["2027-04-30", "Valuation Manager"]],
      [["2027-06-30", "Capital Programme Manager"]],
      [["2027-08-31", "Head of Highways Services"]],
      [["2027-10-31", "Chief Officer (Finance and Assets)"]],
    ]);
  });
});
