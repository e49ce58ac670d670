import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { textBlocks } from "../src/text-blocks.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(text, { id: "ks", name: "Kommunestyret" });
}

// A control committee's papers flattened one page to a line: the attachments numbered after a
// colon, then the council's decision asking the chief executive to act in lower-case items,
// and the chief executive's note answering them under "Punkt 1" to "Punkt 3" run into its line.
const papers = [
  "Kontrollutvalget",
  "",
  "2 05/27 Oppfølging av forvaltningsrevisjon vedlikehold Vedlegg: 1. Statusnotat fra kommunedirektøren 2. Rapport vedlikehold Saksframstilling: Rapporten ble behandlet i kommunestyret i fjor. Kommunestyret ber kommunedirektøren: 1. utarbeide en vedlikeholdsplan for alle kommunale bygg. 2. registrere avvik i et felles system. 3. rapportere om etterslepet i årsmeldingen. Sekretariatet anbefaler at saken tas til orientering.",
  "",
  "3 Notat Til: Kontrollutvalget Fra: Kommunedirektøren Status for oppfølging Punkt 1 Vedlikeholdsplan En plan for alle bygg legges fram innen 31. oktober 2027. Punkt 2 Avvik Alle avvik registreres i det nye systemet fra 1. februar 2027. Punkt 3 Rapportering Kommunedirektøren mener at etterslepet allerede omtales i budsjettet og at det ikke er hensiktsmessig med en egen omtale i årsmeldingen.",
].join("\n");

describe("a council's numbered requests answered point by point", () => {
  it("splits the list that starts again after its colon before the second number", () => {
    const items = textBlocks(papers).filter((b) => b.kind === "item");
    expect(items.map((b) => b.text)).toEqual([
      "utarbeide en vedlikeholdsplan for alle kommunale bygg.",
      "registrere avvik i et felles system.",
      "rapportere om etterslepet i årsmeldingen.",
    ]);
  });

  it("opens the requests as sections and reads each point's answer for its own", () => {
    const read = response(papers);
    expect(read.sections.map((s) => [s.number, s.text])).toEqual([
      [1, "utarbeide en vedlikeholdsplan for alle kommunale bygg."],
      [2, "registrere avvik i et felles system."],
      [3, "rapportere om etterslepet i årsmeldingen."],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-10-31"],
      ["2027-02-01"],
      [],
    ]);
    expect(read.sections[2]?.stance).toBe("disagrees");
  });
});
