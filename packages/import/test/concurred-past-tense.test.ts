import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(
    text,
    { id: "department-of-transport", name: "Department of Transportation" },
    "recommendations.txt",
  );
}

// An audit office's page of open recommendations, each with the agency's answer retold in the
// past tense ("concurred", "partially concurred", "did not concur") and what it said it would do.
const page = [
  "Recommendations Database",
  "",
  "GAO-27-118, Mar 3, 2027",
  "",
  "Recommendation: The Secretary of Transportation should ensure that the Federal Transit Administration publishes a schedule for its safety reviews.",
  "Agency: Department of Transportation",
  "Status: Open",
  "Comments: DOT concurred with this recommendation. In May 2027, DOT stated that the agency had begun collecting review dates and said that the schedule would be published by January 31, 2028.",
  "",
  "Recommendation: The Secretary of Transportation should require grantees to report bus fleet condition each year.",
  "Agency: Department of Transportation",
  "Status: Open",
  "Comments: DOT partially concurred with this recommendation, stating that larger grantees would report from 2028 but that smaller ones lack the staff.",
  "",
  "Recommendation: The Secretary of Transportation should end the waiver for rural operators.",
  "Agency: Department of Transportation",
  "Status: Open",
  "Comments: DOT did not concur with this recommendation.",
].join("\n");

describe("an agency's answer retold in the past tense", () => {
  it("reads 'concurred' and 'partially concurred' as the stances they state", () => {
    const read = response(page);
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "partly-agrees"],
      [3, "disagrees"],
    ]);
  });

  it("takes a date that opens a sentence on what was begun for no promise", () => {
    const read = response(page);
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2028-01-31"]);
  });
});
