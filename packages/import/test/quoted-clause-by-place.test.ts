import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

// A council member's notes retelling the board's answer: each recommendation quoted as its "att"
// clause after its place in the list ("Den första, ”att …”"), the answer in the same sentence.
const notes = [
  "Rapport från fullmäktige",
  "",
  'Sista punkten var nämndens svar på revisorernas granskning av bilpoolen. Revisorerna hade två rekommendationer. Den första, "att nämnden ska föra körjournal för varje bil i poolen", ville nämnden inte gå med på, eftersom bilarna redan har elektroniska körjournaler. Den andra, "att bränslekorten ska förvaras i ett låst skåp", tyckte alla partier var rimlig. Svaret godkändes.',
].join("\n");

describe("recommendations quoted as their clause after their place", () => {
  it("reads each quoted clause as a recommendation and the rest of its sentence as the answer", () => {
    const read = responseOfCommittee(notes, { id: "namnden", name: "Tekniska nämnden" });
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "att nämnden ska föra körjournal för varje bil i poolen", "disagrees"],
      [2, "att bränslekorten ska förvaras i ett låst skåp", "agrees"],
    ]);
  });
  it("reads a recommendation judged reasonable as agreed with", () => {
    expect(readStanceIn('"att rutinen ska ändras", anser styrelsen är befogad.')?.stance).toBe(
      "agrees",
    );
  });
});
