import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A review with no recommendations section: its advice stands in the comments to each question,
// one in the passive after "bör", one with the formal subject "Det behöver … säkerställas".
const report = [
  "Granskning av fakturahanteringen",
  "",
  "1 Inledning",
  "",
  "Revisorerna har granskat hur servicenämnden hanterar leverantörsfakturor.",
  "",
  "2 Iakttagelser",
  "",
  "1. Finns en attestordning? Attestordningen är från 2019 och omfattar inte de nya ansvarsenheterna. Kommentar Attestordningen bör uppdateras så att den omfattar samtliga ansvarsenheter.",
  "",
  "2. Kontrolleras fakturorna mot avtal? Kontroll sker stickvis. Kommentar Det behöver också säkerställas att avtalspriserna finns i fakturasystemet. Det bör dock uppmärksammas att flera leverantörer har bytt fakturaformat under året.",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "sn", name: "Servicenämnden", kind: "committee" },
    { id: "kf", name: "Kommunfullmäktige", kind: "council" },
  ],
};

describe("advice in the passive outside a recommendations section", () => {
  it("is a recommendation after 'bör' or with 'Det behöver'; a remark ('bör uppmärksammas') is not", () => {
    const found = reportRead(report, organisation, "rapport.txt");
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "Attestordningen bör uppdateras så att den omfattar samtliga ansvarsenheter.",
      "Det behöver också säkerställas att avtalspriserna finns i fakturasystemet.",
    ]);
  });
});
