import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { measureOwners } from "./helpers/one-committee-response.ts";
import { responseRead } from "./helpers/report-read.ts";

function read(text: string): ImportedResponse {
  return responseRead(
    text,
    {
      id: "dol",
      bodies: [{ id: "department-of-labor", name: "Department of Labor" }],
    },
    "open-recommendations.txt",
  );
}

describe("a retold answer's status date and the agency field's levels", () => {
  const page = [
    "Recommendation: The Secretary of Labor should publish the backlog of wage claims for each regional office every quarter.",
    "Agency: Department of Labor: Office of the Secretary",
    "Status: Open",
    "Comments: As of May 2027, DOL indicated in its letter that it concurred with the recommendation and will add a backlog table to its quarterly report. DOL expects to publish the first table by March 31, 2028.",
    "",
    "Recommendation: The Administrator of the Mine Safety and Health Administration should set a schedule for inspecting closed mines.",
    "Agency: Department of Labor: Mine Safety and Health Administration",
    "Status: Open",
    "Comments: In February 2027, MSHA told us that it agreed with this recommendation and had drafted the schedule. MSHA stated that it plans to adopt it in the third quarter of 2027.",
  ].join("\n");

  it("dates each measure by its due date, not by when the agency reported, and names who acts in full", () => {
    expect(measureOwners(read(page))).toEqual([
      [["2028-03-31", "Department of Labor"]],
      [["2027-09-30", "Mine Safety and Health Administration"]],
    ]);
  });
});
