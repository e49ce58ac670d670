import { describe, expect, it } from "vitest";
import { auditCommitteeResponse } from "./helpers/one-committee-response.ts";

// A committee's minute on the audit tracker that names one recommendation only by its number
// and its title, with an officer's date for it.
const minute = [
  "Minutes:",
  "",
  "The Head of Audit presented the recommendations tracker, which held 41 open recommendations, of which 9 were rated red.",
  "",
  "Members asked about recommendation 12, 'Fleet fuel cards', which had been open since June 2025. The Director of Environment said that the card limits would be reset by 30 November 2026.",
  "",
  "Resolved: That the tracker be noted.",
].join("\n");

describe("a recommendation a minute names by its number and title", () => {
  it("opens it under its own number, with the date given for it", () => {
    const read = auditCommitteeResponse(minute, "minute.txt");
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [12, "Fleet fuel cards", undefined],
    ]);
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2026-11-30"]);
  });
});
