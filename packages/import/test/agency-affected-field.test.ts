import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(
    text,
    { id: "bureau-of-reclamation", name: "Bureau of Reclamation" },
    "recommendations.txt",
  );
}

// The older layout of an audit office's page of open recommendations, copied from a browser
// with every line indented and no blank line inside a record: "Agency Affected:" under each
// recommendation, one recommendation marked as a priority after its own words.
const page = [
  "  • Results:",
  "",
  "    2 open recommendations",
  "    Recommendation: The Commissioner of the Bureau of Reclamation should publish an inspection schedule for each of its dams. (Priority recommendation)",
  "    Agency Affected: Department of the Interior: Bureau of Reclamation",
  "    Status: Open",
  "    Comments: The bureau concurred with this recommendation and said that the schedule would be published by April 2028.",
  "",
  "    Recommendation: The Commissioner of the Bureau of Reclamation should record the outcome of each inspection in one register.",
  "    Agency Affected: Department of the Interior: Bureau of Reclamation",
  "    Status: Open",
  "    Comments: The bureau did not concur with this recommendation.",
].join("\n");

describe("a recommendation's 'Agency Affected:' field and priority marker", () => {
  it("keeps the field and the marker out of the recommendation's words", () => {
    expect(response(page).sections.map((s) => s.text)).toEqual([
      "The Commissioner of the Bureau of Reclamation should publish an inspection schedule for each of its dams.",
      "The Commissioner of the Bureau of Reclamation should record the outcome of each inspection in one register.",
    ]);
  });
});
