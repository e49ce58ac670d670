import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A city audit office's annual report on a committee as a document site's page: each page one
// long line, the recommendations run together after "… rekommenderar nämnden att:" with no
// bullets left, each a sentence in the infinitive ("Följa upp", "Införa" as well as "Säkerställa"), and the findings' chapters after them.
const annual = [
  "Årsrapport 2026 för Norrbackens kulturnämnd",
  "",
  "Stadsrevisionen Till Norrbackens kulturnämnd Revisorerna har behandlat bifogad årsrapport och överlämnar den till nämnden för yttrande senast 2027-05-31.",
  "Sammanfattning Revisionskontoret bedömer att nämnden i huvudsak har bedrivit verksamheten på ett ändamålsenligt sätt. Nämnden redovisar ett underskott på 2,1 mnkr.",
  "Rekommendationer Revisionskontoret rekommenderar nämnden att: Följa upp att delegationsbesluten anmäls till nämnden varje månad. Införa en rutin för föreningsbidragen så att varje bidrag redovisas mot sitt syfte. Säkerställa att inventarieförteckningen för konsthallen hålls aktuell.",
  "1 Inledning Årsrapporten sammanfattar revisionskontorets granskning under 2026.",
  "2 Bidrag Av 40 granskade bidrag saknade 11 en redovisning.",
].join("\n");

const organisation = {
  id: "s",
  bodies: [
    { id: "kn", name: "Norrbackens kulturnämnd", kind: "committee" },
    { id: "rk", name: "Revisionskontoret", kind: "committee" },
  ],
};

describe("recommendations in the infinitive run together after a colon's intro", () => {
  it("reads each sentence as one, to the committee the intro names", () => {
    expect(recommendationsTo(annual, organisation, "arsrapport.txt")).toEqual([
      ["Följa upp att delegationsbesluten anmäls till nämnden varje månad.", ["kn"]],
      [
        "Införa en rutin för föreningsbidragen så att varje bidrag redovisas mot sitt syfte.",
        ["kn"],
      ],
      ["Säkerställa att inventarieförteckningen för konsthallen hålls aktuell.", ["kn"]],
    ]);
  });
});
