import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const page = [
  "Uppföljning",
  "",
  "I skrivelsen till riksdagen framhöll regeringen att flera åtgärder redan pågick. Vad gäller rekommendationen till regeringen att ge en myndighet i uppdrag att ta fram gemensamma mått för kötider hade regeringen gett Socialstyrelsen ett sådant uppdrag, som ska redovisas senast den 15 april 2027. När det gällde rekommendationen att förenkla reglerna för ersättning till vårdgivare avsåg regeringen att lämna en promemoria under hösten 2026. Rekommendationen att införa ett nationellt register över väntande patienter ansåg regeringen inte vara lämplig, eftersom uppgifterna redan finns hos regionerna.",
  "",
  "Uppdaterad: 3 mars 2026",
].join("\n");

describe("recommendations named in passing by their infinitive, in the sentences that answer them", () => {
  it("opens a section for each, with the clause as its text, and reads the sentence as its answer", () => {
    const read: ImportedResponse = responseOfCommittee(page, {
      id: "regeringen",
      name: "Regeringen",
    });
    expect(read.sections.map((s) => s.text)).toEqual([
      "ge en myndighet i uppdrag att ta fram gemensamma mått för kötider",
      "förenkla reglerna för ersättning till vårdgivare",
      "införa ett nationellt register över väntande patienter",
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-04-15"],
      ["2026-12-31"],
      [],
    ]);
    expect(read.sections[2]?.stance).toBe("disagrees");
  });

  it("reads a stance stated of the recommendation so named", () => {
    const said =
      "Uppföljning\n\nRegeringen delade endast delvis rekommendationen att samla tillsynen i en myndighet. Regeringen instämde däremot i rekommendationen att se över avgifterna för tillsynen.";
    const read: ImportedResponse = responseOfCommittee(said, {
      id: "regeringen",
      name: "Regeringen",
    });
    expect(read.sections.map((s) => [s.text, s.stance])).toEqual([
      ["samla tillsynen i en myndighet", "partly-agrees"],
      ["se över avgifterna för tillsynen", "agrees"],
    ]);
  });
});
