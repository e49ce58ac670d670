import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseRead } from "./helpers/report-read.ts";

function read(text: string): ImportedResponse {
  return responseRead(
    text,
    {
      id: "s",
      bodies: [{ id: "sd", name: "Samferdselsdepartementet", kind: "committee" }],
    },
    "brev.txt",
  );
}

// A minister's letter answering the control committee's numbered questions, quoting the
// auditor's recommendations in the answers: a later question under its own label is answered
// apart, so a date in that answer is no step on the recommendation before it.
describe("a committee's question under its own label", () => {
  const letter = [
    "Spørsmål 2",
    "",
    "Hva gjør departementet for å bedre vedlikeholdet av fergekaiene?",
    "",
    "Riksrevisjonen anbefaler at departementet sørger for at Statens vegvesen lager en plan for fergekaiene. Jeg er enig i anbefalingen. Planen skal foreligge innen 1. april 2027.",
    "",
    "Riksrevisjonen anbefaler også at departementet gjennomgår kontraktene med fergeselskapene. Jeg er enig i anbefalingen.",
    "",
    "Spørsmål 5",
    "",
    "Hvor mange fergekaier er stengt?",
    "",
    "Tre kaier er stengt. Reparasjonene ventes ferdige i løpet av andre halvår 2027.",
  ].join("\n");

  it("ends the answer to the recommendation before it", () => {
    expect(read(letter).sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-04-01"],
      [],
    ]);
  });
});
