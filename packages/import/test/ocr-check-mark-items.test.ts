import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A scanned report whose pages were read into one line each: the check marks of its lists come
// out of OCR as "./", glued to the word or stop before them.
const page =
  "4 Sammanfattning Granskningen visar brister i uppföljningen. Iakttagelser./ Avtalen följs inte upp årligen../ Ersättningen är lika i hela kommunen. Rekommendationer Vi rekommenderar tekniska nämnden att:./ upprätta en rutin för uppföljning av samtliga avtal./ pröva om avgifterna bör sättas efter kostnad Vi rekommenderar vidare kommunstyrelsen att se över delegationsordningen. Ekby den 3 april 2026 REVISIONSBYRÅN AB Karin Holm";

const organisation = {
  id: "e",
  bodies: [
    { id: "tn", name: "Tekniska nämnden", kind: "committee" },
    { id: "ks", name: "Kommunstyrelsen", kind: "committee" },
  ],
};

describe('a scanned list\'s check marks read as "./"', () => {
  it("reads the marks as bullets, the items as the lead's recommendations", () => {
    expect(recommendationsTo(page, organisation)).toEqual([
      ["upprätta en rutin för uppföljning av samtliga avtal", ["tn"]],
      ["pröva om avgifterna bör sättas efter kostnad", ["tn"]],
      ["Vi rekommenderar vidare kommunstyrelsen att se över delegationsordningen.", ["ks"]],
    ]);
  });
});
