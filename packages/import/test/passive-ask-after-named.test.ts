import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A paragraph of asks: the first names who should act, the next are in the passive and name no
// one; they go to whom the ask before them went.
const report = [
  "Rekommendationer",
  "",
  "Vi rekommenderar att lönenheten inför en årlig kontroll av alla fasta lönetillägg. Vi rekommenderar också att de manuella underlagen ersätts med digitala blanketter och att varje ändring attesteras av två personer. Vi föreslår vidare att resultatet av kontrollen redovisas i den årliga uppföljningen.",
].join("\n");

const organisation = {
  id: "r",
  bodies: [
    { id: "le", name: "Lönenheten", kind: "unit" },
    { id: "ks", name: "Kommunstyrelsen", kind: "board" },
    { id: "bn", name: "Bygg- och miljönämnden", kind: "committee" },
  ],
};

describe("an ask in the passive after one that names who should act", () => {
  it("goes to the same body", () => {
    const found = reportRead(report, organisation, "rapport.txt");
    expect(found.recommendations.map((r) => [r.text.slice(0, 24), r.to.map((b) => b.id)])).toEqual([
      ["Vi rekommenderar att lön", ["le"]],
      ["de manuella underlagen e", ["le"]],
      ["varje ändring attesteras", ["le"]],
      ["Vi föreslår vidare att r", ["le"]],
    ]);
  });
});
