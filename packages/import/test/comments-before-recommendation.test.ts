import { describe, expect, it } from "vitest";
import { kindByRules } from "../src/guess-kind.ts";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

// A tracker page copied with its cells out of order: each record's "Comments:" stands above the
// "Recommendation:" it answers, and the first comment states no stance but a planned date.
const page = [
  "Open Recommendations",
  "This list shows the recommendations that agencies have not yet acted on, with each agency's comments.",
  "Results:",
  'Subject Term: "Inland waterways"',
  "AB-27-4410, Mar 3, 2027",
  "Agency: Department of the Interior: Bureau of Reclamation",
  "Status: Open",
  "Comments: As of May 2027, the Bureau said it had drafted the lock inspection manual and planned to publish it by October 31, 2027. We will report on its progress.",
  "Recommendation: The Commissioner of Reclamation should publish a manual for inspecting navigation locks.",
  "Agency: Department of the Interior: Bureau of Reclamation",
  "Status: Open",
  "Comments: Interior partially agreed with this recommendation and said it would survey half of the locks each year. We continue to believe that every lock needs a yearly survey.",
  "Recommendation: The Commissioner of Reclamation should survey the condition of every navigation lock each year.",
  "AB-27-5120, Jun 9, 2027",
  "Agency: Department of the Interior: National Park Service",
  "Status: Open",
  "Comments: Interior disagreed with this recommendation, stating that visitor counts at small sites are too costly to collect.",
  "Recommendation: The Director of the National Park Service should count visitors at every site with a ranger station.",
].join("\n");

const read = (text: string): ImportedResponse =>
  responseOfCommittee(
    text,
    { id: "department-of-the-interior", name: "Department of the Interior" },
    "database.txt",
  );

describe("a record's comment printed above the recommendation it answers", () => {
  it("counts the recommendations as answered, not as the page's own", () => {
    expect(kindByRules(page).kind).toBe("response");
  });

  it("ties each comment to the recommendation after it", () => {
    const sections = read(page).sections;
    expect(sections.map((s) => [s.number, s.stance])).toEqual([
      [1, undefined],
      [2, "partly-agrees"],
      [3, "disagrees"],
    ]);
    expect(sections[0]?.text).toContain("publish a manual for inspecting navigation locks");
    expect(sections[0]?.measures.map((m) => m.due?.end)).toContain("2027-10-31");
    expect(sections[2]?.measures).toEqual([]);
  });
});
