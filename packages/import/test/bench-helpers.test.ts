import { describe, expect, it } from "vitest";
import { documentSelection } from "../bench/accuracy.ts";
import { train } from "../bench/logistic.ts";
import { type LabelledReport, labelledReport, scoreReports } from "../bench/sentence-scorer.ts";

describe("the bench's document selection", () => {
  it("takes names and ranges of one prefix, and nothing else", () => {
    const picked = documentSelection("dev-91..dev-93, seed-004");
    expect(
      [
        "dev-90",
        "dev-91",
        "dev-92",
        "dev-93",
        "dev-94",
        "dev-910",
        "seed-004",
        "heldout-91",
      ].filter(picked),
    ).toEqual(["dev-91", "dev-92", "dev-93", "seed-004"]);
  });
});

describe("the learned sentence scorer", () => {
  it("labels a report's candidates by its labels and learns from other reports to find them", async () => {
    const reports = (
      await Promise.all(["dev-1", "dev-2", "dev-3", "dev-4", "dev-5", "dev-6"].map(labelledReport))
    ).filter((r): r is LabelledReport => r !== undefined);
    expect(reports.length).toBe(6);
    for (const r of reports) expect(r.candidates.some((c) => c.positive)).toBe(true);
    const [tested, ...rest] = reports as [LabelledReport, ...LabelledReport[]];
    const score = scoreReports(train(rest.flatMap((r) => r.candidates)), [tested]);
    expect(score.expected).toBe(tested.expected.length);
    expect(score.correct).toBeGreaterThan(0);
    expect(score.correct).toBeLessThanOrEqual(score.found);
    // A response has no recommendations to learn from.
    expect(await labelledReport("dev-31")).toBeUndefined();
  });
});
