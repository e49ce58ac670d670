import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// An evaluation report whose chapters each close with the same lead, cut at its "att" with no
// colon, over bullets that each begin with the body they are to, in small letters. The lead
// repeats once a chapter, as a page's header would, yet it is the report's text.
const report = [
  "ÅRETS UTVÄRDERING",
  "",
  "2. Ekonomin",
  "",
  "Resultatet blev 3,1 miljoner euro bättre än budgeterat.",
  "",
  "Granskningsnämnden rekommenderar att",
  "",
  "• koncernledningen fastställer en plan för hur investeringarna ska finansieras.",
  "",
  "7",
  "",
  "3. Äldreomsorgen",
  "",
  "Väntetiden till serviceboende var i genomsnitt fyra månader.",
  "",
  "Granskningsnämnden rekommenderar att",
  "",
  "• omsorgsnämnden redovisar väntetiderna i varje delårsrapport",
  "",
  "• tekniska nämnden tar fram en tidsplan för de nya boendena.",
  "",
  "9",
  "",
  "4. Kultur",
  "",
  "Biblioteken har haft kortare öppettider under året.",
  "",
  "Granskningsnämnden rekommenderar att",
  "",
  "• kulturnämnden utvärderar de kortare öppettiderna innan budgeten för nästa år bereds.",
  "",
  "12",
].join("\n");

const organisation = {
  id: "s",
  bodies: [
    { id: "kl", name: "Koncernledningen", kind: "executive" },
    { id: "on", name: "Omsorgsnämnden", kind: "committee" },
    { id: "tn", name: "Tekniska nämnden", kind: "committee" },
    { id: "kn", name: "Kulturnämnden", kind: "committee" },
    { id: "gn", name: "Granskningsnämnden", kind: "committee" },
  ],
};

describe("a lead cut at its 'att' without a colon over items naming their bodies", () => {
  it("reads each item, to the body it begins with, though the lead repeats", () => {
    expect(recommendationsTo(report, organisation, "utvardering.txt")).toEqual([
      ["koncernledningen fastställer en plan för hur investeringarna ska finansieras.", ["kl"]],
      ["omsorgsnämnden redovisar väntetiderna i varje delårsrapport", ["on"]],
      ["tekniska nämnden tar fram en tidsplan för de nya boendena.", ["tn"]],
      [
        "kulturnämnden utvärderar de kortare öppettiderna innan budgeten för nästa år bereds.",
        ["kn"],
      ],
    ]);
  });
});
