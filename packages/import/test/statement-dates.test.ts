import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const dues = (read: ImportedResponse) =>
  read.sections.map((s) => s.measures.map((m) => m.due?.end));

describe("the date a body's statement or an e-mail was given", () => {
  it("is no due date, in Swedish, Norwegian and English", () => {
    const read = responseOfCommittee(
      [
        "Rekommendation 1: Nämnden bör ta fram en plan för underhåll av lekplatser.",
        "",
        "Nämnden instämmer. Planen ska antas senast i maj 2028.",
        "",
        "Rekommendation 2: Nämnden bör följa upp besiktningarna.",
        "",
        "I sitt yttrande den 14 februari 2028 meddelade nämnden att besiktningarna redan följs upp.",
        "",
        "Rekommendation 3: Nämnden bör informera skolorna om stängda lekplatser.",
        "",
        "Enhetschefen informerade rektorerna i e-post 3. mars 2028.",
        "",
        "Rekommendation 4: Nämnden bör redovisa kostnaderna.",
        "",
        "The board noted that, in its response of 2 March 2028, the committee gave the figures.",
      ].join("\n"),
      { id: "n", name: "Fritidsnämnden" },
    );
    expect(dues(read)).toEqual([["2028-05-31"], [], [], []]);
  });
});
