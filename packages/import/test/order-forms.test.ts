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

describe("an injunction's demands completing the sentence that introduces them", () => {
  it("reads the lower-case items after a demanding intro without a colon, answered by subject", () => {
    const read = response(
      [
        "Redovisning av åtgärder efter tillsyn av Ekbackens förskola",
        "",
        "Inspektionen beslutade i november 2026 att förelägga kommunen att vidta åtgärder. I beslutet krävs att huvudmannen",
        "",
        "• ser till att barngruppernas storlek anpassas efter lokalernas yta,",
        "• ser till att förskollärarna dokumenterar varje barns utveckling och lärande,",
        "• ser till att vårdnadshavare får information om klagomålsrutinen.",
        "",
        "Dokumentation av utveckling och lärande",
        "",
        "Nämnden delar inspektionens bedömning. En gemensam mall för dokumentationen ska användas senast den 31 maj 2027.",
        "",
        "Barngruppernas storlek",
        "",
        "Nämnden delar inte bedömningen, eftersom lokalernas yta redan räcker för grupperna.",
        "",
        "Klagomålsrutinen",
        "",
        "Nämnden delar bedömningen. Vårdnadshavare får information om klagomålsrutinen vid varje terminsstart från och med augusti 2027.",
      ].join("\n"),
      "Barn- och utbildningsnämnden",
    );
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "disagrees"],
      [2, "agrees"],
      [3, "agrees"],
    ]);
    expect(read.sections[1]?.text).toMatch(/^ser till att förskollärarna/u);
    expect(read.sections[1]?.measures.map((m) => m.due?.end)).toEqual(["2027-05-31"]);
  });
});
