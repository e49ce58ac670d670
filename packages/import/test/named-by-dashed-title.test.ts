import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseRead } from "./helpers/report-read.ts";

function read(text: string): ImportedResponse {
  return responseRead(
    text,
    { id: "b", bodies: [{ id: "audit-panel", name: "Audit Panel" }] },
    "minutes.txt",
  );
}

describe("tracker items a minute names by number and a title after a dash", () => {
  const minutes = [
    "Minutes:",
    "",
    "Members received the quarterly report on outstanding internal audit actions.",
    "",
    "The Head of Revenues said that most actions were complete. In relation to Recommendation No. 4 - Housing Benefit Overpayments, the recovery team had been appointed and the revised target date for completion was 31 October 2027.",
    "",
    "Members noted that Recommendation 9 – Fleet Fuel Cards had slipped again. The Transport Manager explained that the new cards would be issued in January 2028.",
  ].join("\n");

  it("opens each under its number with its title, and dates the revised target and the promise after it", () => {
    const sections = read(minutes).sections;
    expect(sections.map((s) => [s.number, s.text, s.measures.map((m) => m.due?.end)])).toEqual([
      [4, "Housing Benefit Overpayments", ["2027-10-31"]],
      [9, "Fleet Fuel Cards", ["2028-01-31"]],
    ]);
  });
});
