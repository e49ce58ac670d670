import { describe, expect, it } from "vitest";
import { cellPerLineTables } from "../src/cell-per-line-table.ts";

// A numbered table one cell to a line whose responsible column holds two bodies, a line each.
const lines = [
  "Nr",
  "Rekommendation",
  "Ansvarig",
  "1",
  "Upprätta en plan för underhåll av skolornas",
  "ventilation med kostnader per år.",
  "Fastighetsnämnden",
  "2",
  "Fastställ vem som beslutar om tillfälliga",
  "lokaler när en skola måste stängas.",
  "Kommunstyrelsen",
  "Utbildningsnämnden",
  "",
  "Källa: Revisorernas sammanställning.",
];

describe("a numbered table's responsible cell over several lines", () => {
  it("takes every body named a line each before the next row or a blank line", () => {
    const rows = cellPerLineTables(lines).filter((l) => l.includes("\t"));
    expect(rows).toEqual([
      "Nr\tRekommendation\tAnsvarig",
      "1\tUpprätta en plan för underhåll av skolornas ventilation med kostnader per år.\tFastighetsnämnden",
      "2\tFastställ vem som beslutar om tillfälliga lokaler när en skola måste stängas.\tKommunstyrelsen, Utbildningsnämnden",
    ]);
  });
});
