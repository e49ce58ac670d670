import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { importDocument } from "../src/index.ts";

function read(text: string, bodies: { id: string; name: string; kind?: string }[]) {
  return importDocument({
    name: "svar.txt",
    text,
    kind: "response",
    organisation: { id: "k", bodies },
  }).extracted as ImportedResponse;
}

const sections = (r: ImportedResponse) =>
  r.sections.map((s) => [s.text, s.stance ?? null, s.measures.map((m) => m.due?.end ?? null)]);

// A board's statement on the audit committee's evaluation report: each finding quoted whole
// ("Revisionsnämnden konstaterar att sektorn ska …"), the sector's answer in the paragraph after
// it, some with a stance in words and some only with the steps decided.
describe("an audit committee's findings quoted whole, each answered after it", () => {
  const statement = [
    "Kulturnämndens utlåtande till revisionsnämnden",
    "",
    "Bibliotekens öppettider (utvärderingsberättelsen s. 12–14)",
    "",
    "Revisionsnämnden konstaterar att kultursektorn ska utvidga de meröppna biblioteken till samtliga stadsdelar.",
    "",
    "Sektorn utrustar de återstående fyra biblioteken med passersystem. De meröppna tiderna ska gälla i alla stadsdelar från 1.9.2027.",
    "",
    "Revisionsnämnden konstaterar att kultursektorn bör mäta besöken per timme.",
    "",
    "Sektorn instämmer inte, eftersom räknarna redan ger dagliga uppgifter som räcker för planeringen.",
    "",
    "Revisionsnämnden konstaterar att kultursektorn ska förnya avtalet om bokbussen.",
    "",
    "Avtalet ska vara förnyat senast 31.3.2028.",
  ].join("\n");

  it("opens a section for each, with the stance stated or the steps promised", () => {
    expect(
      sections(
        read(statement, [
          { id: "kn", name: "Kulturnämnden" },
          { id: "rn", name: "Revisionsnämnden", kind: "auditors" },
        ]),
      ),
    ).toEqual([
      [
        "Revisionsnämnden konstaterar att kultursektorn ska utvidga de meröppna biblioteken till samtliga stadsdelar.",
        "agrees",
        ["2027-09-01"],
      ],
      [
        "Revisionsnämnden konstaterar att kultursektorn bör mäta besöken per timme.",
        "disagrees",
        [],
      ],
      [
        "Revisionsnämnden konstaterar att kultursektorn ska förnya avtalet om bokbussen.",
        "agrees",
        ["2028-03-31"],
      ],
    ]);
  });
});

// A follow-up page retelling the ministry's answers: the auditor's recommendation in the
// Norwegian past ("Riksrevisjonen anbefalte at …"), the answer in the sentences after it.
describe("the auditor's recommendation retold in the Norwegian past", () => {
  const page = [
    "Departementets oppfølging",
    "",
    "Riksrevisjonen anbefalte at departementet sørger for at Fiskeridirektoratet digitaliserer fangstrapporteringen for mindre fartøy. Departementet opplyser at en ny løsning vil være tatt i bruk innen utgangen av 2027.",
    "",
    "Riksrevisjonen anbefalte videre at departementet sørger for at kontrollene blir risikobaserte. Departementet er enig i anbefalingen.",
  ].join("\n");

  it('opens a section for each, the clause after "at" its text', () => {
    expect(
      sections(
        read(page, [
          { id: "nfd", name: "Nærings- og fiskeridepartementet" },
          { id: "fd", name: "Fiskeridirektoratet" },
        ]),
      ),
    ).toEqual([
      [
        "departementet sørger for at Fiskeridirektoratet digitaliserer fangstrapporteringen for mindre fartøy.",
        "agrees",
        ["2027-12-31"],
      ],
      ["departementet sørger for at kontrollene blir risikobaserte.", "agrees", []],
    ]);
  });
});
