import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(
    text,
    { id: "department-of-energy", name: "Department of Energy" },
    "recommendations.txt",
  );
}

// A database page that heads each report's recommendations with the report's number and the day
// it was issued: that day, after the record above it, is no date the agency promised.
const page = [
  "Results:",
  "GAO-27-204, March 12, 2027",
  "Recommendation: The Secretary of Energy should publish the criteria it uses to rank cleanup sites.",
  "Agency: Department of Energy",
  "Status: Open",
  "Comments: DOE has not yet taken action to address this recommendation. We will continue to monitor the agency's efforts to implement this recommendation.",
  "Recommendation: The Secretary of Energy should report cleanup costs by site each year.",
  "Agency: Department of Energy",
  "Status: Open",
  "Comments: DOE has not yet taken action to address this recommendation. We will continue to monitor the agency's efforts to implement this recommendation.",
  "GAO-27-388, June 9, 2027",
  "Phone: (202) 512-4400",
  "Recommendation: The Secretary of Energy should set a schedule for retiring the oldest storage tanks.",
  "Agency: Department of Energy",
  "Status: Open",
  "Comments: DOE agreed with this recommendation. In May 2027, DOE stated that it would set the schedule by the end of calendar year 2027.",
].join("\n");

describe("a report's number and date heading the next records", () => {
  it("is not read as a measure of the record above it", () => {
    expect(response(page).sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      [],
      [],
      ["2027-12-31"],
    ]);
  });
});
