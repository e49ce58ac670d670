import { describe, expect, it } from "vitest";
import { auditCommitteeResponse, measureOwners } from "./helpers/one-committee-response.ts";

// Minutes that retell two overdue actions in paragraphs of their own, each the recommendation
// in a "that" clause, its answer, and the date now set, told in the past tense.
const minutes = [
  "Agenda item",
  "",
  "Internal Audit Follow-up Report",
  "",
  "Members asked about two actions whose target dates had moved:",
  "",
  "the recommendation that stock at the central depot should be counted every quarter had been agreed by the Head of Fleet Services, but the new scanners had not arrived; the revised target date was now 31 January 2028;",
  "",
  "the recommendation that grant claims should be checked by a second officer had also been agreed, and the Head of Community Grants had revised the target date for the first check to May 2028.",
  "",
  "That the report be noted.",
].join("\n");

describe("a revised date retold for a recommendation named in its answer's sentence", () => {
  it("is a measure, owned by the officer who agreed it or set the date", () => {
    expect(measureOwners(auditCommitteeResponse(minutes))).toEqual([
      [["2028-01-31", "Head of Fleet Services"]],
      [["2028-05-31", "Head of Community Grants"]],
    ]);
  });
});
