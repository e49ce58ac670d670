import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { measureOwners } from "./helpers/one-committee-response.ts";
import { responseRead } from "./helpers/report-read.ts";

function read(text: string): ImportedResponse {
  return responseRead(
    text,
    {
      id: "doi",
      bodies: [{ id: "department-of-the-interior", name: "Department of the Interior" }],
    },
    "recommendations.txt",
  );
}

// An auditor's page of recommendations, each with the department's answer retold: the body the
// recommendation has another see to act is named by an officer who heads it, or by its whole
// name where the answer uses a shorter one.
describe("the body a recommendation has act, as the owner of the answer's step", () => {
  const page = [
    "Recommendations for Executive Action",
    "",
    "Recommendation: The Secretary of the Interior should ensure that the Director of the Bureau of Land Management publishes the lease inspection schedule each year.",
    "Agency: Department of the Interior",
    "Status: Open",
    "Comments: Interior concurred with this recommendation and stated that the first schedule would be published by March 31, 2027.",
    "",
    "Recommendation: The Secretary of the Interior should direct the Park and Wildlife Concessions Service to record visitor fees by site.",
    "Agency: Department of the Interior",
    "Status: Open",
    "Comments: Interior concurred with this recommendation and stated that the Concessions Service would record fees by site by September 30, 2027.",
  ].join("\n");

  it("is the body the officer heads, and the body's whole name for its short one", () => {
    expect(measureOwners(read(page))).toEqual([
      [["2027-03-31", "Bureau of Land Management"]],
      [["2027-09-30", "Park and Wildlife Concessions Service"]],
    ]);
  });
});
