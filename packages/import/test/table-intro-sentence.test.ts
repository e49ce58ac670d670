import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A municipal audit report's chapter of recommendations: a sentence asking that the measures in
// the table be taken and one telling what a column shows, then the table itself.
const organisation = {
  id: "k",
  bodies: [
    { id: "kd", name: "Kommunedirektøren", kind: "officer" },
    { id: "ku", name: "Kontrollutvalget", kind: "committee" },
  ],
};

describe("the sentences that introduce a table of recommendations", () => {
  it("are no recommendations; the table's rows are", () => {
    const report = [
      "5. Anbefalinger",
      "Revisjonen anbefaler at tiltakene i tabellen settes i verk. Kolonnen «Ansvarlig» viser hvem som bør følge opp hver anbefaling.",
      "| Nr. | Anbefaling | Ansvarlig |",
      "|---|---|---|",
      "| 1 | Kommunen bør innføre faste frister for svar på klager i skolesaker. | Kommunedirektøren |",
      "| 2 | Kommunen bør rapportere klagesakene til kontrollutvalget hvert halvår. | Kommunedirektøren |",
    ].join("\n");
    expect(recommendationsTo(report, organisation).map(([text]) => text)).toEqual([
      "Kommunen bør innføre faste frister for svar på klager i skolesaker.",
      "Kommunen bør rapportere klagesakene til kontrollutvalget hvert halvår.",
    ]);
  });
});
