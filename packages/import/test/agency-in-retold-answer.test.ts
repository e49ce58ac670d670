import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { measureOwners } from "./helpers/one-committee-response.ts";
import { responseRead } from "./helpers/report-read.ts";

function read(text: string): ImportedResponse {
  return responseRead(
    text,
    {
      id: "dot",
      bodies: [{ id: "department-of-transportation", name: "Department of Transportation" }],
    },
    "recommendations.txt",
  );
}

describe("the agency an auditor's page says will act on its recommendation", () => {
  const page = [
    "Recommendations for Executive Action",
    "",
    "Recommendation: The Administrator of the Federal Railroad Administration should publish inspection results for each rail bridge every year.",
    "Agency: Department of Transportation: Federal Railroad Administration",
    "Status: Open",
    "Comments: DOT concurred with this recommendation and stated that FRA would publish the first results by June 30, 2027.",
    "",
    "Recommendation: The Administrator of NHTSA should set a schedule for its review of seat standards.",
    "Agency: Department of Transportation",
    "Status: Open",
    "Comments: DOT concurred with this recommendation. In May 2026, NHTSA stated that it planned to issue the schedule by December 31, 2026.",
    "",
    "Recommendation: The Secretary of Transportation should issue guidance on how grant costs are estimated.",
    "Agency: Department of Transportation",
    "Status: Open",
    "Comments: DOT concurred with this recommendation. The department told us that its Office of Budget and Programs planned to issue the guidance by September 30, 2027.",
  ].join("\n");

  it("names the agency the answer retells as acting, by its label's full name where it has one", () => {
    expect(measureOwners(read(page))).toEqual([
      [["2027-06-30", "Federal Railroad Administration"]],
      [["2026-12-31", "NHTSA"]],
      [["2027-09-30", "Office of Budget and Programs"]],
    ]);
  });
});
