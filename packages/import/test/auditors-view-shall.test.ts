import { describe, expect, it } from "vitest";
import { technicalAndBoard } from "./helpers/municipality-bodies.ts";
import { recommendationsTo } from "./helpers/report-read.ts";

// A municipality's audit report on the year: under each subject the lay auditors say what a
// body must do, as their view, with "ska" and a few words between the body and the verb.
const report = [
  "Revisionsberättelse 2026",
  "",
  "Tekniska nämndens upphandlingar",
  "",
  "Nämnden har inte följt upp avtalstroheten under året. Revisorerna anser att tekniska nämnden i fortsättningen ska följa upp avtalstroheten två gånger per år.",
  "",
  "Kommunstyrelsens uppsikt",
  "",
  "Styrelsen har fått rapporterna i tid. Vi anser att det är bra att uppsikten fungerar.",
].join("\n");

const organisation = {
  ...technicalAndBoard,
  bodies: [...technicalAndBoard.bodies, { id: "rev", name: "Revisorerna", kind: "auditors" }],
};

describe("the auditors' view that a body shall act", () => {
  it("is a recommendation to that body, and a view that asks nothing is none", () => {
    expect(recommendationsTo(report, organisation)).toEqual([
      [
        "Revisorerna anser att tekniska nämnden i fortsättningen ska följa upp avtalstroheten två gånger per år.",
        ["tn"],
      ],
    ]);
  });
});
