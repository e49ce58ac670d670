import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const dues = (read: ImportedResponse) =>
  read.sections.map((s) => s.measures.map((m) => m.due?.end));

describe("a step told in the Swedish past passive", () => {
  const answer = [
    "Kultur- och fritidsnämndens svar på revisionsrapport om bokningssystemet",
    "",
    "Revisorerna rekommenderar",
    "",
    "1. att nämnden rensar bokningsregistret från inaktiva föreningar,",
    "2. att nämnden dokumenterar sina kontroller av fakturor.",
    "",
    "Bokningsregistret",
    "",
    "Nämnden instämmer. Registret uppdaterades under våren 2026 och nämnden ser därför inget behov av fler åtgärder.",
    "",
    "Kontroller",
    "",
    "Nämnden instämmer. Kontrollerna dokumenteras i en ny mall från och med mars 2027.",
  ].join("\n");

  it("is no promise, whatever the verb", () => {
    const read = responseOfCommittee(answer, { id: "kfn", name: "Kultur- och fritidsnämnden" });
    expect(dues(read)).toEqual([[], ["2027-03-31"]]);
  });
});
