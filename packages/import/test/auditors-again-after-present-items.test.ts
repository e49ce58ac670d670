import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A Norwegian report printed by a document site, each page one line: the lead names who should
// act before its colon, its items in the present tense run on capitalised without stops, then
// the auditors recommend again with two "at" clauses in the passive, and an appendix list
// with a colon of its own follows on the same line.
const organisation = {
  id: "k",
  bodies: [
    { id: "kd", name: "Kommunedirektøren", kind: "executive" },
    { id: "ks", name: "Kommunestyret", kind: "council" },
    { id: "ku", name: "Kontrollutvalget", kind: "committee" },
  ],
};

describe("the auditors recommending again after items in the present tense", () => {
  it("reads the sentence after the run as its own, up to a later colon", () => {
    const report = [
      "9 6. ANBEFALINGER Ut fra det som er kommet fram, anbefaler revisjonen at kommunedirektøren: Innfører faste frister for svar på henvendelser fra innbyggerne Lager en oversikt over alle klagesaker som er under behandling Revisjonen anbefaler videre at rapporteringen til kommunestyret utvides med tall for saksbehandlingstid, og at klager som ikke er avgjort etter tre måneder meldes til kontrollutvalget. 7. VEDLEGG Vedlegg 1: Liste over intervjuer. - 12 -",
    ].join("\n");
    expect(recommendationsTo(report, organisation)).toEqual([
      ["Innfører faste frister for svar på henvendelser fra innbyggerne", ["kd"]],
      ["Lager en oversikt over alle klagesaker som er under behandling", ["kd"]],
      ["rapporteringen til kommunestyret utvides med tall for saksbehandlingstid", ["kd"]],
      ["klager som ikke er avgjort etter tre måneder meldes til kontrollutvalget", ["kd"]],
    ]);
  });

  it("names no body after a preposition in a passive clause as whom it is to", () => {
    const report = [
      "Vi rekommenderar att kommunstyrelsen inför en rutin för uppföljning av beslut. Vi rekommenderar vidare att rapporten till kommunfullmäktige kompletteras med en tidplan för varje beslut.",
    ].join("\n");
    const bodies = {
      id: "s",
      bodies: [
        { id: "ks", name: "Kommunstyrelsen", kind: "board" },
        { id: "kf", name: "Kommunfullmäktige", kind: "council" },
      ],
    };
    expect(recommendationsTo(report, bodies)).toEqual([
      ["Vi rekommenderar att kommunstyrelsen inför en rutin för uppföljning av beslut.", ["ks"]],
      [
        "Vi rekommenderar vidare att rapporten till kommunfullmäktige kompletteras med en tidplan för varje beslut.",
        ["ks"],
      ],
    ]);
  });
});
