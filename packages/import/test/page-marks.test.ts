import { describe, expect, it } from "vitest";
import { textBlocks } from "../src/index.ts";
import { reportRead } from "./helpers/report-read.ts";

describe("a page number set against a rule", () => {
  const report = [
    "Harbour Board",
    "Interim report 2026/27",
    "                                                     2|",
    "Recommendation",
    "The Harbour Board should reconcile the berth income ledger with the booking system every month.",
    "                                                     3|",
    "Recommendation",
    "The Finance Committee should receive a quarterly report on the progress of the savings plan.",
    "                                                     4|",
    "Interim report 2026/27",
  ].join("\n");

  it("is dropped as a page's mark, on either side of the number", () => {
    for (const mark of ["4|", "| 4", "|4|", "  12 |"]) {
      const text = textBlocks(`A sentence ends here.\n${mark}\nAnother begins.`)
        .map((b) => b.text)
        .join(" ");
      expect(text, mark).not.toMatch(/\|/u);
      expect(text, mark).toContain("Another begins.");
    }
  });

  it("does not end the recommendation before it", () => {
    const audit = reportRead(report, { id: "x", bodies: [] }, "report.txt");
    expect(audit.recommendations.map((r) => r.text)).toEqual([
      "The Harbour Board should reconcile the berth income ledger with the booking system every month.",
      "The Finance Committee should receive a quarterly report on the progress of the savings plan.",
    ]);
  });
});
