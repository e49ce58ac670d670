import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A recommendations table copied from a PDF: the header on one line, each row's text wrapped
// over lines, then whom it is to (a name itself broken over two lines) and its priority.
const report = [
  "5 Rekommendationer",
  "Utifrån granskningen lämnar vi följande rekommendationer:",
  "Rekommendation Ansvarig Prioritet",
  "Upprätta en rutin för",
  "uppföljning av",
  "avtalstrohet",
  "Kommunstyrelsen Hög",
  "Utbilda alla beställare i",
  "upphandlingsreglerna",
  "Kultur- och fritids-",
  "nämnden",
  "Medel",
  "Inför stickprovskontroller",
  "av fakturor",
  "Kommunstyrelsen,",
  "Kultur- och fritids-",
  "nämnden",
  "Låg",
  "Ekby den 3 mars 2027",
].join("\n");

const organisation = {
  id: "r",
  bodies: [
    { id: "ks", name: "Kommunstyrelsen", kind: "board" },
    { id: "kfn", name: "Kultur- och fritidsnämnden", kind: "committee" },
  ],
};

describe("a table whose rows wrapped over lines", () => {
  it("takes each row's text with the names under it", () => {
    expect(recommendationsTo(report, organisation, "rapport.txt")).toEqual([
      ["Upprätta en rutin för uppföljning av avtalstrohet", ["ks"]],
      ["Utbilda alla beställare i upphandlingsreglerna", ["kfn"]],
      ["Inför stickprovskontroller av fakturor", ["ks", "kfn"]],
    ]);
  });
});
