import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

// A commentary that prints each answer first and the auditors' recommendation after it, in
// quotation marks; the last answer states no stance but promises a step with a date.
const commentary = [
  "Styrelsens svar till revisorerna",
  "",
  "Om bristande uppföljning av avtalen: Styrelsen har inga invändningar mot den kritiken. En förteckning över alla avtal ska vara klar senast den 31 mars 2026.",
  "",
  'REVISORERNAS KRITIK: "Avtalen följs inte upp. Vi rekommenderar styrelsen att föra en förteckning över alla avtal med leverantörer."',
  "",
  "Påståendet att upphandlingen skulle ha brutit mot lagen ställer vi oss starkt frågande till.",
  "",
  'REVISORERNAS KRITIK: "Upphandlingen av städning gjordes utan annonsering. Vi rekommenderar styrelsen att annonsera alla upphandlingar över gränsvärdet."',
  "",
  "Vad gäller rapporteringen kommer styrelsen att lämna en första redovisning till fullmäktige i juni 2026.",
  "",
  'REVISORERNAS KRITIK: "Fullmäktige har inte fått någon rapport. Vi rekommenderar styrelsen att rapportera avtalsuppföljningen till fullmäktige två gånger per år."',
].join("\n");

describe("answers printed before the recommendations they answer", () => {
  it("ties each answer to the recommendation after it", () => {
    const read = responseOfCommittee(commentary, { id: "styrelsen", name: "Styrelsen" });
    expect(
      read.sections.map((s) => [s.number, s.stance, s.measures.map((m) => m.due?.end)]),
    ).toEqual([
      [1, "agrees", ["2026-03-31"]],
      [2, "disagrees", []],
      [3, undefined, ["2026-06-30"]],
    ]);
    expect(read.sections[0]?.text).toContain("föra en förteckning över alla avtal");
  });
});

describe("objections named and doubts raised", () => {
  it("reads no objection as agreeing and questioning as disagreeing", () => {
    expect(readStanceIn("Nämnden har inga invändningar mot rekommendationen.")?.stance).toBe(
      "agrees",
    );
    expect(readStanceIn("Nämnden ställer sig frågande till rekommendationen.")?.stance).toBe(
      "disagrees",
    );
  });
});
