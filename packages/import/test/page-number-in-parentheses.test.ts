import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A document site's transcript runs each page into one line and ends it with the report's own
// page number in parentheses, after the last sentence's stop.
const report = [
  "3.1 Bedömning och rekommendationer Vi bedömer att uppföljningen är bristfällig. Vi rekommenderar att byggnadsnämnden inför en checklista för tillsynsärenden och att beslutsmallarna ses över. Byggnadsnämnden bör även redovisa ärendebalansen varje kvartal. (12)",
].join("\n");

const organisation = {
  id: "k",
  bodies: [{ id: "bn", name: "Byggnadsnämnden", kind: "committee" }],
};

describe("a page's number in parentheses after the last stop", () => {
  it("is not part of the recommendation", () => {
    const found = reportRead(report, organisation, "rapport.txt");
    expect(found.recommendations.map((r) => r.text)).toContain(
      "Byggnadsnämnden bör även redovisa ärendebalansen varje kvartal.",
    );
    expect(found.recommendations.some((r) => r.text.includes("(12)"))).toBe(false);
  });
});
