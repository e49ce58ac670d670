import { describe, expect, it } from "vitest";
import { auditCommitteeResponse, measureOwners } from "./helpers/one-committee-response.ts";

describe("a committee's decision that remits a step to an officer", () => {
  const minutes = [
    "There was submitted a report by the Chief Executive on the External Auditor's annual report, which asked that the Council should (a) adopt a plan for reducing void periods in council houses and (b) review the charges for bulky waste collection.",
    "",
    "Decided:",
    "",
    "(1) that it be remitted to the Director of Housing Services to submit a plan for reducing void periods to the Housing Committee by 30 April 2028; and",
    "",
    "(2) that the Head of Environmental Services be requested to bring a review of bulky waste charges to this Committee in June 2028.",
  ].join("\n");

  it("names the officer the step is remitted to or requested of", () => {
    expect(measureOwners(auditCommitteeResponse(minutes))).toEqual([
      [["2028-04-30", "Director of Housing Services"]],
      [["2028-06-30", "Head of Environmental Services"]],
    ]);
  });
});
