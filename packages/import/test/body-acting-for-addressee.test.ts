import { describe, expect, it } from "vitest";
import { measureOwners, responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("a recommendation that has its addressee see to another body's step", () => {
  const page = [
    "Recommendations for Executive Action",
    "",
    "Recommendation: The Secretary of Transportation should ensure that the Federal Railroad Administration develops a schedule for inspecting every crossing.",
    "",
    "Comments: The department concurred and stated that the schedule would be issued by June 30, 2028.",
    "",
    "Recommendation: The Secretary of the Interior should direct the Bureau of Land Management and Forest Service to publish their permit backlogs.",
    "",
    "Comments: The department concurred and stated that the first backlog figures would be published by March 2028.",
  ].join("\n");

  it("gives the measure to the body that acts", () => {
    const read = responseOfCommittee(page, { id: "dep", name: "The department" });
    expect(measureOwners(read)).toEqual([
      [["2028-06-30", "Federal Railroad Administration"]],
      [["2028-03-31", "Bureau of Land Management and Forest Service"]],
    ]);
  });
});
