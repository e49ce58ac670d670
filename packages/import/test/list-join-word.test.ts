import { describe, expect, it } from "vitest";
import { auditCommitteeResponse } from "./helpers/one-committee-response.ts";

const response = (text: string) => auditCommitteeResponse(text, "minutes.txt");

// Minutes that list the recommendations as bullets joined as one sentence ("…;", "…; and"),
// then accept them all.
const minutes = [
  "Minutes of the Audit Committee, 15 February 2028",
  "",
  "6. Internal Audit Report – Market Stall Income",
  "",
  "The Internal Audit Manager reported that the audit had made three recommendations:",
  "",
  "• that stall fees should be paid before each market day;",
  "• that unpaid fees should be chased within a week; and",
  "• that the stall register should be reconciled to income each month.",
  "",
  "The Markets Manager confirmed that management had accepted all three recommendations.",
].join("\n");

describe("the joining word of a listed recommendation", () => {
  it("leaves a closing '; and' out of the recommendation", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => s.text.replace(/[.;]$/u, ""))).toEqual([
      "that stall fees should be paid before each market day",
      "that unpaid fees should be chased within a week",
      "that the stall register should be reconciled to income each month",
    ]);
  });
});
