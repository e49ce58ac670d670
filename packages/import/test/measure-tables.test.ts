import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string, name: string): ImportedResponse {
  return responseOfCommittee(text, { id: "n", name });
}

describe("a table of measures under each item, with no column of recommendations", () => {
  it("reads each dated row as a measure of the item above, with its responsible unit", () => {
    const read = response(
      [
        "Oppfølgingsplan etter tilsyn med renovasjon",
        "",
        "Avvik 1",
        "Kommunen fører ikke oversikt over klager på tømming av avfall.",
        "Kommunens vurdering: Kommunen er enig i avviket.",
        "| Tiltak | Ansvarlig | Frist |",
        "|---|---|---|",
        "| Klageregister opprettes i fagsystemet | Avdelingsleder renovasjon | 31.05.2027 |",
        "| Rutine for svar på klager vedtas | Kommunalsjef teknisk | innen utgangen av august 2027 |",
        "| Abonnentene er varslet om ny rutine | Avdelingsleder renovasjon | Gjennomført 01.02.2027 |",
        "Avvik 2",
        "Kommunen kontrollerer ikke at renovatøren følger avtalen.",
        "Kommunens vurdering: Kommunen er delvis enig.",
        "| Tiltak | Ansvarlig | Frist |",
        "|---|---|---|",
        "| Stikkprøver av tømmelister to ganger i året | Kommunalsjef teknisk | 3. kvartal 2027 |",
      ].join("\n"),
      "Kommunen",
    );
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "partly-agrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => [m.due?.end, m.responsible]))).toEqual([
      [
        ["2027-05-31", "Avdelingsleder renovasjon"],
        ["2027-08-31", "Kommunalsjef teknisk"],
      ],
      [["2027-09-30", "Kommunalsjef teknisk"]],
    ]);
  });
});
