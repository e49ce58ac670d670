import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A control committee's case paper as a transcript that ran each page into one line: after
// "Revisjonen anbefaler at <body>:" the items lost their marks and their stops and run on,
// each beginning with its verb in the present tense; the text after them ("Rådmannen har …")
// reports the chief executive's answer and is no recommendation.
const paper = [
  "5 Saksopplysninger Revisjonen har undersøkt vedlikeholdet av kommunale bygg. Revisors anbefalinger Revisjonen anbefaler at rådmannen: Lager en vedlikeholdsplan for alle formålsbygg Sørger for at tilstandsvurderingene oppdateres hvert tredje år Tar med vedlikeholdsbehovet i økonomiplanen Rådmannen har i brev av 3. mars 2027 uttalt seg om rapporten. Uttalelsen følger som vedlegg. Rådmannen slutter seg til anbefalingene.",
].join("\n");

const organisation = {
  id: "n",
  bodies: [
    { id: "rm", name: "Rådmannen", kind: "executive" },
    { id: "ku", name: "Kontrollutvalget", kind: "committee" },
  ],
};

describe("items in the present tense run together after an intro that names who should act", () => {
  it("reads each item, to the body the intro names, and nothing after them", () => {
    expect(recommendationsTo(paper, organisation, "sak.txt")).toEqual([
      ["Lager en vedlikeholdsplan for alle formålsbygg", ["rm"]],
      ["Sørger for at tilstandsvurderingene oppdateres hvert tredje år", ["rm"]],
      ["Tar med vedlikeholdsbehovet i økonomiplanen", ["rm"]],
    ]);
  });
});
