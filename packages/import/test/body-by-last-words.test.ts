import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A letter flattened from a PDF with its paragraphs' numbers and an appendix of recommendations
// labelled "R1", "R2" run together on one line; the body is named in full once and then by its
// last words ("the Health Board", "the Board").
const letter = [
  "Ashvale Regional Health Board Annual Audit Letter",
  "",
  "3 Detailed Letter 6. The capital programme was underspent by £3.1 million for the second year running. The Health Board should set a capital plan that matches the staff it has to deliver it. 7. The estates strategy dates from 2019.",
  "",
  "8 Appendix 2 Recommendations R1 The Health Board should publish a timetable for the review of its standing orders. R2 The Board should receive a quarterly report on overdue internal audit actions.",
].join("\n");

const organisation = {
  id: "a",
  bodies: [
    { id: "hb", name: "Ashvale Regional Health Board", kind: "committee" },
    { id: "ag", name: "Auditor General", kind: "auditors" },
  ],
};

describe("a body named by the last words of its full name", () => {
  it("keeps the whole name before the verb and resolves it to the body", () => {
    expect(recommendationsTo(letter, organisation)).toEqual([
      [
        "The Health Board should set a capital plan that matches the staff it has to deliver it.",
        ["hb"],
      ],
      [
        "The Health Board should publish a timetable for the review of its standing orders.",
        ["hb"],
      ],
      ["The Board should receive a quarterly report on overdue internal audit actions.", ["hb"]],
    ]);
  });
});
