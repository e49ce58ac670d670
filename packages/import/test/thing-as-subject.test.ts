import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { importDocument } from "../src/index.ts";
import { reportRead } from "./helpers/report-read.ts";

// Comments after each section: a thing as the subject of the auditors' ask, with bodies named
// only after its preposition, or in the passive after "Vi anser att": no body of its own. It
// goes to the body most of the report's recommendations are to, where there is one.
const organisation = {
  id: "r",
  bodies: [
    { id: "ks", name: "Kommunstyrelsen", kind: "board" },
    { id: "ge", name: "Gatuenheten", kind: "unit" },
    { id: "kfn", name: "Kultur- och fritidsnämnden", kind: "committee" },
  ],
};

const sections = (last: string) =>
  [
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
    "",
    "5.4 Parkerna",
    "",
    `Kommentar ${last}`,
  ].join("\n");

describe("a thing as the subject of the auditors' ask", () => {
  it("is no addressee; the ask goes to the body most recommendations are to", () => {
    const found = reportRead(
      sections("Kommunstyrelsen bör inventera parkernas belysning."),
      organisation,
      "rapport.txt",
    );
    expect(found.recommendations.map((r) => [r.text.slice(0, 30), r.to.map((b) => b.id)])).toEqual([
      ["Vi anser att kommunstyrelsen b", ["ks"]],
      ["Vi rekommenderar att ansvaret ", ["ks"]],
      ["Vi anser att underhållskostnad", ["ks"]],
      ["Kommunstyrelsen bör inventera ", ["ks"]],
    ]);
  });

  it("stays without one where no body has most of them", () => {
    const found = reportRead(
      sections("Kultur- och fritidsnämnden bör inventera parkernas belysning."),
      organisation,
      "rapport.txt",
    );
    expect(found.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([
      ["ks"],
      [],
      [],
      ["kfn"],
    ]);
  });

  it("says in the draft's gaps which addressees the report does not name", () => {
    const { draft } = importDocument({
      name: "rapport.txt",
      text: sections("Kommunstyrelsen bör inventera parkernas belysning."),
      kind: "audit",
      organisation,
    });
    const front = parse(draft.text.split("\n---")[0]?.replace(/^---\n/, "") ?? "") as {
      gaps: string[];
    };
    const said = front.gaps.flatMap((gap) => {
      const m = /^(R\d+) names no addressee; it is read as ([^,]+)'s, ([^.]+)\./.exec(gap);
      return m ? [m] : [];
    });
    expect(said.map((m) => [m[1], m[2], m[3]])).toEqual([
      ["R2", "Kommunstyrelsen", "the body most of the report's recommendations are to"],
      ["R3", "Kommunstyrelsen", "the body most of the report's recommendations are to"],
    ]);
  });
});
