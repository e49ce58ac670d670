import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A nynorsk performance audit: the auditors "tilrår" (recommend) where bokmål has "anbefaler",
// both over a list and in a sentence of its own.
const report = [
  "7 Tilrådingar",
  "",
  "Revisjonen tilrår at kommunedirektøren:",
  "",
  "- utarbeider ein plan for vedlikehald av kommunale bygg",
  "- rapporterer status for planen til kommunestyret kvart år",
  "",
  "Revisjonen tilrår vidare at kontrollutvalet følgjer opp tilrådingane innan eitt år.",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "kd", name: "Kommunedirektøren", kind: "executive" },
    { id: "ku", name: "Kontrollutvalet", kind: "committee" },
  ],
};

describe("the nynorsk recommending verb 'tilrår'", () => {
  it("opens a list to the body it names and makes a sentence a recommendation", () => {
    expect(recommendationsTo(report, organisation, "rapport.txt")).toEqual([
      ["utarbeider ein plan for vedlikehald av kommunale bygg", ["kd"]],
      ["rapporterer status for planen til kommunestyret kvart år", ["kd"]],
      [
        "Revisjonen tilrår vidare at kontrollutvalet følgjer opp tilrådingane innan eitt år.",
        ["ku"],
      ],
    ]);
  });
});
