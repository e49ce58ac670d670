import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A lead of a dozen words before "rekommenderar kommunrevisionen X att:", X naming the
// executive board and the committees as a group.
const organisation = {
  id: "k",
  bodies: [
    { id: "ks", name: "Kommunstyrelsen", kind: "board" },
    { id: "bn", name: "Byggnadsnämnden", kind: "committee" },
    { id: "sn", name: "Socialnämnden", kind: "committee" },
  ],
};

describe("a long lead before the auditors and whom they recommend to", () => {
  it("finds the addressee after the auditors however many words the lead has", () => {
    const report = [
      "Kommunrevisionen har granskat om kommunstyrelsen, byggnadsnämnden och socialnämnden har en tillräcklig intern kontroll av sina inköp.",
      "",
      "Utifrån de iakttagelser och bedömningar som har gjorts inom ramen för den här granskningen rekommenderar kommunrevisionen kommunstyrelsen och nämnderna att:",
      "• upprätta rutiner för attest av fakturor som omfattar samtliga förvaltningar.",
      "• följa upp avtalstroheten vid inköp minst en gång per år.",
    ].join("\n");
    expect(
      recommendationsTo(report, organisation).map(([text, to]) => [text, [...to].sort()]),
    ).toEqual([
      [
        "upprätta rutiner för attest av fakturor som omfattar samtliga förvaltningar.",
        ["bn", "ks", "sn"],
      ],
      ["följa upp avtalstroheten vid inköp minst en gång per år.", ["bn", "ks", "sn"]],
    ]);
  });
});
