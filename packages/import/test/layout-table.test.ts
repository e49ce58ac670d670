import { describe, expect, it } from "vitest";
import { layoutColumnTables } from "../src/layout-table.ts";
import { reportRead } from "./helpers/report-read.ts";

const organisation = {
  id: "k",
  bodies: [
    { id: "kfn", name: "Kultur- och fritidsnämnden", kind: "committee" },
    { id: "ks", name: "Kommunstyrelsen", kind: "committee" },
  ],
};

function read(text: string) {
  const found = reportRead(text, organisation);
  return found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)]);
}

describe("a table kept in layout mode, its columns set by spaces", () => {
  it("joins each row's cells over their lines, a row beginning where its first column has words", () => {
    const lines = [
      "Nr  Rekommendation                                  Riktas till",
      "1   Ta fram en plan för underhållet av              Kultur- och",
      "    idrottshallarna före utgången av 2028.          fritidsnämnden",
      "2   Redovisa bokningsgraden för varje hall i        Kommunstyrelsen",
      "    årsredovisningen.",
      "",
      "Stensby kommun                                                        4 av 9",
    ];
    expect(layoutColumnTables(lines)).toEqual([
      "Nr\tRekommendation\tRiktas till",
      "1\tTa fram en plan för underhållet av idrottshallarna före utgången av 2028.\tKultur- och fritidsnämnden",
      "",
      "2\tRedovisa bokningsgraden för varje hall i årsredovisningen.\tKommunstyrelsen",
      "",
      "",
      "Stensby kommun                                                        4 av 9",
    ]);
    expect(read(["Vi lämnar följande rekommendationer:", "", ...lines].join("\n"))).toEqual([
      [
        "Ta fram en plan för underhållet av idrottshallarna före utgången av 2028.",
        ["Kultur- och fritidsnämnden"],
      ],
      ["Redovisa bokningsgraden för varje hall i årsredovisningen.", ["Kommunstyrelsen"]],
    ]);
  });

  it("cuts a first cell set one space from the next column, and ends at prose without gaps", () => {
    const text = [
      "Granskning av föreningsbidragen",
      "",
      "Kultur- och fritidsnämnden",
      "",
      "Område           Iakttagelse                     Rekommendation",
      "",
      "Bidragsregler    Reglerna är från 2015 och        Nämnden bör revidera",
      "                 anger inga belopp.                bidragsreglerna.",
      "",
      "Uppföljningsplan Ingen uppföljning av bidragen    Nämnden bör följa upp",
      "                 görs.                            bidragen varje år.",
      "",
      "Vår samlade bedömning är att nämnden inte har en tillräcklig kontroll över bidragen.",
    ].join("\n");
    expect(read(text)).toEqual([
      ["Nämnden bör revidera bidragsreglerna.", ["Kultur- och fritidsnämnden"]],
      ["Nämnden bör följa upp bidragen varje år.", ["Kultur- och fritidsnämnden"]],
    ]);
  });
});
