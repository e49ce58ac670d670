import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A Danish auditor's report on a municipality's accounts recommends with the modal formula
// "Vi skal (dog) anbefale, at …" in the middle of a paragraph of findings.
const report = [
  "Revisionsberetning for regnskabsåret 2026",
  "",
  "2. Forvaltningsrevision",
  "",
  "Kassekontrollerne er udført som planlagt. Vi skal dog anbefale, at kasserne på plejecentrene afstemmes hver uge. Teknik- og Miljøudvalget har fulgt op på sidste års bemærkning. Vi skal anbefale, at Teknik- og Miljøudvalget fastsætter en frist for anlægsregnskaber.",
].join("\n");

const organisation = {
  id: "k",
  bodies: [{ id: "tmu", name: "Teknik- og Miljøudvalget", kind: "committee" }],
};

describe("the Danish modal formula 'Vi skal anbefale, at …'", () => {
  it("reads each such sentence as a recommendation, with or without an adverb", () => {
    const found = reportRead(report, organisation, "beretning.txt");
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "Vi skal dog anbefale, at kasserne på plejecentrene afstemmes hver uge.",
      "Vi skal anbefale, at Teknik- og Miljøudvalget fastsætter en frist for anlægsregnskaber.",
    ]);
  });
});
