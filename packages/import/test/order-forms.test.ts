import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { ownItemLabel } from "../src/own-labels.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string, name: string): ImportedResponse {
  return responseOfCommittee(text, { id: "n", name });
}

describe("an authority's orders answered one by one on its form", () => {
  it('finds the label numbered with "nr." between word and number', () => {
    expect(ownItemLabel(["Påbud nr. 1 – Støj", "tekst", "Påbud nr. 2 – Løft"])).toBe("Påbud");
    expect(ownItemLabel(["Krav no. 1: Brandskydd", "Krav no. 2: Utrymning"])).toBe("Krav");
  });

  it("takes the order's wording from under its label, and its answer after it", () => {
    const read = response(
      [
        "Redovisning till Arbetsmiljöverket",
        "",
        "Beslutet är daterat: 2 februari 2027",
        "",
        "Krav nr. 1 – Buller i tvätteriet",
        "Kravets innehåll: Arbetsgivaren ska minska bullret från torktumlarna i tvätteriet.",
        "Så har vi åtgärdat bristen: Vi instämmer i kravet. Ljuddämpande skärmar sätts upp senast den 30 april 2027.",
        "Ansvarig: enhetschef Mona Berg",
        "",
        "Krav nr. 2 – Tunga lyft",
        "Kravets innehåll: Arbetsgivaren ska se till att tvättkorgar inte lyfts för hand.",
        "Så har vi åtgärdat bristen: Vi instämmer delvis. Lyftvagnar köps in och tas i bruk senast den 31 maj 2027, men små korgar bärs även i fortsättningen.",
        "Ansvarig: enhetschef Mona Berg",
        "",
        "Verksamhetschefens underskrift: Per Ek, 20 mars 2027",
      ].join("\n"),
      "Vård- och omsorgsnämnden",
    );
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "Arbetsgivaren ska minska bullret från torktumlarna i tvätteriet.", "agrees"],
      [2, "Arbetsgivaren ska se till att tvättkorgar inte lyfts för hand.", "partly-agrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-04-30"],
      ["2027-05-31"],
    ]);
  });
});
