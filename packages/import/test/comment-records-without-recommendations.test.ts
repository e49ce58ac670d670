import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { readStanceIn } from "../src/stance-words.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

// A tracker page copied without the recommendations' own words: per record only its labelled
// fields and the comment retelling the agency's answer, which names the step in passing.
const page = [
  "Open Recommendations",
  "Results:",
  'Subject Term: "Seed banks"',
  "AB-27-310, Feb 2, 2027",
  "Agency: Department of Agriculture: Agricultural Research Service",
  "Status: Open",
  "Comments: ARS agreed with this recommendation and said it would catalogue the duplicate samples held at each regional bank. ARS expects to finish the catalogue by March 31, 2028.",
  "Agency: Department of Agriculture: Agricultural Research Service",
  "Status: Open",
  "Comments: ARS concurred with this recommendation. ARS stated that it would begin testing the viability of stored seed every five years in fiscal year 2028.",
  "AB-26-977, Oct 5, 2026",
  "Agency: Department of the Interior: Bureau of Land Management",
  "Status: Open",
  "Comments: Interior did not concur with this recommendation. Interior stated that moving the collections to one site could put them at risk of loss.",
  "Agency: Department of the Interior: Bureau of Land Management",
  "Status: Open",
  "Comments: Interior neither agreed nor disagreed with this recommendation. We will keep following the bureau's work.",
].join("\n");

const read = (text: string): ImportedResponse =>
  responseOfCommittee(
    text,
    { id: "agricultural-research-service", name: "Agricultural Research Service" },
    "database.txt",
  );

describe("a tracker's records without the recommendations' own words", () => {
  it("opens a section for each record whose comment states a stance", () => {
    const sections = read(page).sections;
    expect(sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "agrees"],
      [3, "disagrees"],
    ]);
    expect(sections.map((s) => s.text)).toEqual([
      "catalogue the duplicate samples held at each regional bank",
      "testing the viability of stored seed every five years",
      "moving the collections to one site",
    ]);
    expect(sections.map((s) => s.measures.map((m) => [m.due?.end, m.responsible]))).toEqual([
      [["2028-03-31", "Agricultural Research Service"]],
      [["2028-09-30", "Agricultural Research Service"]],
      [],
    ]);
  });

  it("reads neither agreeing nor disagreeing as no stance", () => {
    expect(readStanceIn("The board neither agreed nor disagreed with the recommendation.")).toBe(
      undefined,
    );
    expect(readStanceIn("Nämnden varken tillstyrker eller avstyrker förslaget.")).toBe(undefined);
  });
});
