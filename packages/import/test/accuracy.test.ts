import { describe, expect, it } from "vitest";
import {
  documentSelection,
  isMeasured,
  labelledFolders,
  scoreAll,
  totals,
} from "../bench/accuracy.ts";

// Held-back documents written for a measurement still to come are left out: the guard holds the
// levels of parts already measured, and says nothing about a part before its one measurement.
const measuredHeldOut = labelledFolders("held-out").filter(isMeasured);

// `pnpm bench:import` prints the details. The development part holds the level the rules were
// tuned to; a held-out part is guarded at the level it was measured at (docs/import.md), once
// it has been measured, so that a change that loses ground on documents the rules were not
// fitted to shows.
describe("import accuracy on the labelled documents", () => {
  it("keeps the development part's recommendations, addressees, stances and measures", async () => {
    const t = totals(await scoreAll("development"));
    expect(t.kindAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(t.precision).toBeGreaterThanOrEqual(0.99);
    expect(t.recall).toBeGreaterThanOrEqual(0.96);
    expect(t.addresseesRight).toBeGreaterThanOrEqual(0.95);
    expect(t.answerAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(t.stanceAccuracy).toBeGreaterThanOrEqual(0.94);
    expect(t.measureRecall).toBeGreaterThanOrEqual(0.97);
    expect(t.measurePrecision).toBeGreaterThanOrEqual(0.98);
  });

  // The fourth held-back part, measured once and now development material, scored apart at
  // the level the fifth round's rules reached on it (measured once as held back: kind 0.81,
  // recall 0.37, addressees 0.32, stances 0.24, measures 0.33 and 0.28; docs/import.md).
  it("keeps the fourth held-back part, now dev-91 to dev-106, at the level the rules reached", async () => {
    const t = totals(await scoreAll("development", documentSelection("dev-91..dev-106")));
    expect(t.documents).toBe(16);
    expect(t.kindAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(t.precision).toBeGreaterThanOrEqual(0.99);
    expect(t.recall).toBeGreaterThanOrEqual(0.63);
    expect(t.addresseesRight).toBeGreaterThanOrEqual(0.57);
    expect(t.stanceAccuracy).toBeGreaterThanOrEqual(0.76);
    expect(t.measurePrecision).toBeGreaterThanOrEqual(0.88);
    expect(t.measureRecall).toBeGreaterThanOrEqual(0.83);
  });

  // The levels of the last held-back part measured (the fourth, now dev-91 to dev-106 in the
  // development part, docs/import.md), far below what Spårbar aims at: this guards against
  // losing ground, it does not say the targets are met. When the next part is measured, its
  // levels replace these.
  it.skipIf(measuredHeldOut.length === 0)("loses no ground on the held-out part", async () => {
    const t = totals(await scoreAll("held-out", isMeasured));
    expect(t.documents).toBe(measuredHeldOut.length);
    expect(t.kindAccuracy).toBeGreaterThanOrEqual(0.81);
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.recall).toBeGreaterThanOrEqual(0.36);
    expect(t.addresseesRight).toBeGreaterThanOrEqual(0.31);
    expect(t.stanceAccuracy).toBeGreaterThanOrEqual(0.24);
    expect(t.measurePrecision).toBeGreaterThanOrEqual(0.33);
    expect(t.measureRecall).toBeGreaterThanOrEqual(0.27);
  });
});
