import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A news article on an audit quotes one recommendation with its attribution after it.
const article = [
  "Audit finds slow repairs to county bridges",
  "",
  "The state auditor reviewed 120 bridge inspections carried out between 2024 and 2026.",
  "",
  '"The Roads Board should publish a repair schedule for every bridge rated poor within 60 days of its inspection," the audit report says.',
].join("\n");

describe("a recommendation quoted in a news article", () => {
  it("is read without its quotation marks and the attribution after them", () => {
    const found = reportRead(
      article,
      { id: "state", bodies: [{ id: "rb", name: "Roads Board" }] },
      "article.txt",
    );
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      [
        "The Roads Board should publish a repair schedule for every bridge rated poor within 60 days of its inspection",
        ["Roads Board"],
      ],
    ]);
  });
});
