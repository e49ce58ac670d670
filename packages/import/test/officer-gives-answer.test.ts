import { describe, expect, it } from "vitest";
import { measureOwners, responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("the officer who gives the answer in a meeting's minutes", () => {
  const minutes = [
    "Audit Committee minutes",
    "",
    "Item 7: Response to the external auditor's recommendations",
    "",
    "R1: The Council should set a timetable for reviewing its fees and charges every year. The Head of Revenues advised that this recommendation was accepted. A first review would be reported to Cabinet in March 2028.",
    "",
    "R2: The Council should publish the register of its land holdings. The Monitoring Officer explained that the recommendation was not accepted, since the register held personal data.",
    "",
    "Resolved that the Committee notes the responses.",
  ].join("\n");

  it("answers for the step the answer promises", () => {
    const read = responseOfCommittee(minutes, { id: "council", name: "The Council" });
    expect(measureOwners(read)).toEqual([[["2028-03-31", "Head of Revenues"]], []]);
  });

  const protokoll = [
    "Protokoll revisionsutskottet",
    "",
    "§ 12 Svar på revisorernas rekommendationer",
    "",
    "Rekommendation 1: Kommunstyrelsen bör ta fram en plan för underhållet av gång- och cykelvägar. Gatuchefen meddelade att förvaltningen delar revisorernas bedömning. Planen ska vara klar i maj 2028.",
    "",
    "Rekommendation 2: Kommunstyrelsen bör redovisa underhållsskulden årligen. Ekonomichefen uppgav att förvaltningen inte delar bedömningen, eftersom skulden redan redovisas i årsredovisningen.",
    "",
    "Utskottet beslutar att lägga informationen till handlingarna.",
  ].join("\n");

  it("in Swedish too", () => {
    const read = responseOfCommittee(protokoll, { id: "ks", name: "Kommunstyrelsen" });
    expect(measureOwners(read)).toEqual([[["2028-05-31", "Gatuchefen"]], []]);
  });
});
