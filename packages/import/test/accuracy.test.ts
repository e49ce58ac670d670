import { describe, expect, it } from "vitest";
import { scoreAll, totals } from "../bench/accuracy.ts";

describe("import accuracy on the labelled documents (pnpm bench:import prints the details)", () => {
  it("finds at least 95 % of recommendations, with 95 % precision and addressees right", async () => {
    const scores = await scoreAll();
    for (const group of [scores.filter((s) => !s.heldOut), scores.filter((s) => s.heldOut)]) {
      const t = totals(group);
      expect(t.precision).toBeGreaterThanOrEqual(0.95);
      expect(t.recall).toBeGreaterThanOrEqual(0.95);
      expect(t.addresseesRight).toBeGreaterThanOrEqual(0.85);
      expect(t.answerAccuracy).toBeGreaterThanOrEqual(0.95);
    }
  });

  it("finds the dated measures of the seed responses", async () => {
    const t = totals((await scoreAll()).filter((s) => s.kind === "response"));
    expect(t.measureRecall).toBeGreaterThanOrEqual(0.95);
    expect(t.measurePrecision).toBeGreaterThanOrEqual(0.8);
  });
});
