import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A performance audit flattened from a PDF, a page to a line: the lead puts the verb first and
// the auditors after it, the addressee after "at" and before the colon; the list under it lost
// its bullets, and its items run on as sentences, each beginning with its verb.
const norwegian = [
  "9 6. KONKLUSJON OG ANBEFALINGER Revisjonen finner at innkjøpsreglene ikke blir fulgt i alle enheter. Ut fra dette anbefaler revisjonen at kommunedirektøren: Gjennomgår rammeavtalene for konsulenttjenester innen utgangen av året. Gir alle innkjøpere opplæring i regelverket for offentlige anskaffelser. Utarbeidet av Fjellvik revisjon IKS 9",
  "",
  "10 7. KOMMUNEDIREKTØRENS UTTALELSE Kommunedirektøren slutter seg til anbefalingene. Utarbeidet av Fjellvik revisjon IKS 10",
].join("\n");

const swedish = [
  "5 Slutsatser Granskningen visar att delegationsbesluten inte anmäls regelbundet. Mot denna bakgrund rekommenderar revisorerna att byggnadsnämnden: Inför en rutin för anmälan av delegationsbeslut. Följer upp rutinen i den interna kontrollplanen. Revisionsrapport 2027 5",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "kd", name: "Kommunedirektøren", kind: "executive" },
    { id: "bn", name: "Byggnadsnämnden", kind: "committee" },
    { id: "ku", name: "Kontrollutvalget", kind: "committee" },
  ],
};

describe("an intro with the auditors after the verb and the addressee before the colon", () => {
  it("reads the run-on sentences after it, to the body it names (Norwegian)", () => {
    expect(recommendationsTo(norwegian, organisation, "rapport.txt")).toEqual([
      ["Gjennomgår rammeavtalene for konsulenttjenester innen utgangen av året.", ["kd"]],
      ["Gir alle innkjøpere opplæring i regelverket for offentlige anskaffelser.", ["kd"]],
    ]);
  });

  it("reads the imperatives after it, to the body it names (Swedish)", () => {
    expect(recommendationsTo(swedish, organisation, "rapport.txt")).toEqual([
      ["Inför en rutin för anmälan av delegationsbeslut.", ["bn"]],
      ["Följer upp rutinen i den interna kontrollplanen.", ["bn"]],
    ]);
  });
});
