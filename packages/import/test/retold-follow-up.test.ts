import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string, name: string): ImportedResponse {
  return responseOfCommittee(text, { id: "n", name });
}

describe("a follow-up page that retells the recommendations and the answer after the fact", () => {
  const page = (agrees: string, disagrees: string) =>
    [
      "Uppföljning",
      "",
      "Granskningen av bibliotekens öppettider lämnades till kulturnämnden i maj 2027. Revisorerna rekommenderade kulturnämnden att",
      "",
      "- ta fram en plan för meröppna bibliotek i alla kommundelar,",
      "- redovisa besöksstatistiken per filial varje halvår.",
      "",
      `I sitt yttrande ${agrees} i rekommendationen om en plan för meröppna bibliotek och angav att planen ska beslutas senast den 31 mars 2028. Nämnden ${disagrees} bedömningen att besöksstatistiken behöver redovisas per filial.`,
    ].join("\n");

  it("opens the items after an intro in the past tense", () => {
    const read = response(page("instämmer nämnden", "delar däremot inte"), "Kulturnämnden");
    expect(read.sections.map((s) => [s.number, s.text])).toEqual([
      [1, "ta fram en plan för meröppna bibliotek i alla kommundelar"],
      [2, "redovisa besöksstatistiken per filial varje halvår."],
    ]);
  });

  it("reads the stances retold in the past tense", () => {
    const read = response(page("instämde nämnden", "delade däremot inte"), "Kulturnämnden");
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "disagrees"],
    ]);
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2028-03-31"]);
  });
});
