import { describe, expect, it } from "vitest";
import { measureOwners, responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("a step the answer gives to a body or an officer", () => {
  const swedish = [
    "Regeringens skrivelse med anledning av Riksrevisionens granskning av statens tågdepåer",
    "",
    "Riksrevisionens rekommendationer till regeringen",
    "",
    "• Utred hur depåernas underhåll ska finansieras.",
    "• Se över reglerna för uthyrning av depåerna.",
    "",
    "Regeringens bedömning",
    "",
    "Underhållets finansiering. Regeringen delar Riksrevisionens bedömning. Regeringen avser att ge Trafikverket i uppdrag att utreda finansieringen. Uppdraget ska redovisas senast den 31 mars 2028.",
    "",
    "Uthyrning. Regeringen delar inte Riksrevisionens bedömning. Reglerna ändrades nyligen.",
  ].join("\n");

  it("gives it the body named in the assignment", () => {
    const read = responseOfCommittee(swedish, { id: "reg", name: "Regeringen" });
    expect(measureOwners(read)).toEqual([[["2028-03-31", "Trafikverket"]], []]);
  });

  const english = [
    "Management response",
    "",
    "Recommendation 1: The Council should value its investment property every year.",
    "",
    "Agreed. The Council will commission the District Valuer to value every investment property by 31 January 2028.",
  ].join("\n");

  it("in English too", () => {
    const read = responseOfCommittee(english, { id: "council", name: "The Council" });
    expect(measureOwners(read)).toEqual([[["2028-01-31", "District Valuer"]]]);
  });
});
