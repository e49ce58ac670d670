import { describe, expect, it } from "vitest";
import { kindByRules } from "../src/guess-kind.ts";

// An auditor's online tracker filtered to one agency: each recommendation with its agency field
// (the agency's name and the office within it, two colons on one line), its status and a comment.
// Where the comments retell the agency's answer to each recommendation, the page carries the
// answers; where they are the tracker's stock sentence, or the page gathers several agencies'
// recommendations, it is the auditor's own listing.
function page(comments: [string, string], secondAgency = "Department of Harbours"): string {
  return [
    "Recommendations Tracker",
    "Our tracker lists the recommendations from our reports that are still open. We recommend that agencies act on them promptly.",
    "Results:",
    'Agency: "Department of Harbours: Office of the Secretary"',
    "HB-27-311, Mar 3, 2027",
    "Recommendation: The Secretary of Harbours should set a timetable for inspecting each breakwater at least once every three years.",
    "Agency: Department of Harbours: Office of the Secretary",
    "Status: Open",
    `Comments: ${comments[0]}`,
    "Recommendation: The Secretary of Harbours should publish the inspection results for each breakwater on the department's website.",
    `Agency: ${secondAgency}: Office of the Secretary`,
    "Status: Open",
    `Comments: ${comments[1]}`,
  ].join("\n");
}

describe("a tracker's page whose comments retell the agency's answers", () => {
  it("is read as a response", () => {
    const read = kindByRules(
      page([
        "In May 2027, the department told us that it agreed with this recommendation and had begun drafting the timetable. We will continue to follow its progress.",
        "In June 2027, the department told us that it disagreed with this recommendation, since the results are already shared with port operators.",
      ]),
    );
    expect(read.kind).toBe("response");
  });

  it("is read as a report where the records are of several agencies", () => {
    const read = kindByRules(
      page(
        [
          "In May 2027, the department told us that it agreed with this recommendation and had begun drafting the timetable.",
          "In June 2027, the department told us that it disagreed with this recommendation.",
        ],
        "Department of Coastal Affairs",
      ),
    );
    expect(read.kind).toBe("audit");
  });

  it("is read as a report where each comment is the stock sentence", () => {
    const stock =
      "When we confirm what actions the agency has taken in response to this recommendation, we will provide updated information.";
    expect(kindByRules(page([stock, stock])).kind).toBe("audit");
  });
});
