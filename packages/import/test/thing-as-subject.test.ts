import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// Comments after each section: a thing as the subject of the auditors' ask, with bodies named
// only after its preposition, or in the passive after "Vi anser att": no body of its own; it
// goes to whom the comment before it went.
const report = [
  "5.1 Planering",
  "",
  "Kommentar Vi anser att kommunstyrelsen bör ta fram en plan för underhållet av gatorna.",
  "",
  "5.2 Ansvar",
  "",
  "Kommentar Vi rekommenderar att ansvaret mellan gatuenheten och kultur- och fritidsnämnden för belysningen i parkerna skrivs ned i ett avtal.",
  "",
  "5.3 Kostnader",
  "",
  "Kommentar Vi anser att underhållskostnaderna bör följas upp per gata varje år.",
].join("\n");

const organisation = {
  id: "r",
  bodies: [
    { id: "ks", name: "Kommunstyrelsen", kind: "board" },
    { id: "ge", name: "Gatuenheten", kind: "unit" },
    { id: "kfn", name: "Kultur- och fritidsnämnden", kind: "committee" },
  ],
};

describe("a thing as the subject of the auditors' ask", () => {
  it("is no addressee; the ask goes to whom the one before it went", () => {
    const found = reportRead(report, organisation, "rapport.txt");
    expect(found.recommendations.map((r) => [r.text.slice(0, 30), r.to.map((b) => b.id)])).toEqual([
      ["Vi anser att kommunstyrelsen b", ["ks"]],
      ["Vi rekommenderar att ansvaret ", ["ks"]],
      ["Vi anser att underhållskostnad", ["ks"]],
    ]);
  });
});
