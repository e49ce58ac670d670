import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("an answer that states no stance in words but says the step is begun or meant", () => {
  const read = (answers: string[]) =>
    responseOfCommittee(
      [
        "Rekommendation 1: Nämnden bör inventera lånecyklarna vid varje säsongsstart.",
        "",
        answers[0],
        "",
        "Rekommendation 2: Nämnden bör ta fram en plan för skötseln av bryggorna.",
        "",
        answers[1],
      ].join("\n"),
      { id: "fn", name: "Fritidsnämnden" },
    );

  it("agrees: the body has begun the step, or means to take it", () => {
    const response = read([
      "Fritidsnämnden har påbörjat en inventering av cyklarna vid alla utlåningsställen.",
      "Nämnden avser att låta parkenheten utarbeta en sådan plan.",
    ]);
    expect(response.sections.map((s) => s.stance)).toEqual(["agrees", "agrees"]);
    expect(response.sections.map((s) => s.stanceFrom)).toEqual(["decided-step", "decided-step"]);
  });

  it("reads none where the sentence declines, or the answer only reports", () => {
    expect(
      read([
        "Nämnden har påbörjat en översyn men någon inventering varje säsong görs inte.",
        "Bryggorna sköts i dag av föreningarna själva.",
      ]).sections.map((s) => s.stance),
    ).toEqual([undefined, undefined]);
  });

  it("in Norwegian and Danish too", () => {
    const norwegian = responseOfCommittee(
      [
        "Anbefaling 1: Kommunen bør føre tilsyn med lekeplassene hvert år.",
        "",
        "Kommunen har allerede begynt med en gjennomgang av alle lekeplassene.",
        "",
        "Anbefaling 2: Kommunen bør oppdatere skiltplanen.",
        "",
        "Teknisk etat planlegger å legge fram en ny skiltplan for formannskapet.",
      ].join("\n"),
      { id: "r", name: "Rådmannen" },
    );
    expect(norwegian.sections.map((s) => s.stance)).toEqual(["agrees", "agrees"]);
    const danish = responseOfCommittee(
      [
        "Anbefaling 1: Forvaltningen bør registrere alle nøgler til skolerne.",
        "",
        "Forvaltningen har igangsat en registrering af nøglerne på alle skoler.",
      ].join("\n"),
      { id: "f", name: "Forvaltningen" },
    );
    expect(danish.sections.map((s) => s.stance)).toEqual(["agrees"]);
  });
});
