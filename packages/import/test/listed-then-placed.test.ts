import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string, name: string): ImportedResponse {
  return responseOfCommittee(text, { id: "n", name });
}

describe("recommendations listed in one sentence, the first answered by its place", () => {
  it("opens every one listed and gives the later answers to the one whose words they share", () => {
    const read = response(
      [
        "Tekniska nämnden svarar revisorerna om gatubelysningen",
        "",
        "Publicerat tisdag 3 november 2026",
        "",
        "I rapporten rekommenderade revisorerna nämnden att ta fram en underhållsplan för belysningsstolparna, att felanmälningarna åtgärdas inom två veckor och att energiförbrukningen redovisas varje år.",
        "",
        "I sitt yttrande ställer sig tekniska nämnden bakom den första rekommendationen. Underhållsplanen ska antas senast den 30 april 2027.",
        "",
        "När det gäller felanmälningarna håller nämnden helt med revisorerna.",
        "",
        "Däremot delar inte nämnden revisorernas syn på energiförbrukningen, som redan redovisas i miljöbokslutet.",
      ].join("\n"),
      "Tekniska nämnden",
    );
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "att ta fram en underhållsplan för belysningsstolparna", "agrees"],
      [2, "att felanmälningarna åtgärdas inom två veckor", "agrees"],
      [3, "att energiförbrukningen redovisas varje år", "disagrees"],
    ]);
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2027-04-30"]);
  });
});
