import { describe, expect, it } from "vitest";
import { measureOwners, responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("an owner named before the step, and the step's own doer", () => {
  const answer = [
    "Svar på granskning av fakturahantering",
    "",
    "Revisorerna rekommenderar",
    "",
    "1. att styrelsen inför automatisk avstämning av fakturor,",
    "2. att styrelsen dokumenterar attestkontrollerna.",
    "",
    "Styrelsens svar",
    "",
    "Avstämning",
    "",
    "Styrelsen instämmer. Avstämningen införs under första kvartalet 2027.",
    "",
    "Dokumentation",
    "",
    "Ansvarig är ekonomidirektören. En beskrivning av kontrollerna tas fram av redovisningsenheten vid ekonomiavdelningen och ska vara klar senast den 30 september 2026.",
  ].join("\n");

  it("gives the step to the one its own sentence says takes it", () => {
    const read = responseOfCommittee(answer, { id: "styrelsen", name: "Styrelsen" });
    expect(measureOwners(read).at(-1)).toEqual([
      ["2026-09-30", "redovisningsenheten vid ekonomiavdelningen"],
    ]);
  });
});
