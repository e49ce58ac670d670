import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A recommendations database's page: each recommendation on a line after its field name, the
// office that is to act named by its head; the office's name ends in a word that is also a
// verb ("Review", "Update", "Monitor").
const page = [
  "Recommendation: To shorten waiting times, the Director of the Office of Benefit Review should publish a yearly target for each regional office and report against it.",
  "",
  "Agency Affected: Department of Labor: Office of Benefit Review",
  "",
  "Status: Open",
  "",
  "Recommendation: The Chair of the Board of Safety Review must document how samples are drawn.",
  "",
  "Status: Open",
].join("\n");

const organisation = {
  id: "us",
  bodies: [
    { id: "obr", name: "Office of Benefit Review", kind: "committee" },
    { id: "bsr", name: "Board of Safety Review", kind: "committee" },
    { id: "gao", name: "GAO", kind: "auditors" },
  ],
};

describe("a field's recommendation whose office's name ends in a verb's form", () => {
  it("keeps the name whole and reads the sentence as one recommendation to that office", () => {
    expect(recommendationsTo(page, organisation)).toEqual([
      [
        "To shorten waiting times, the Director of the Office of Benefit Review should publish a yearly target for each regional office and report against it.",
        ["obr"],
      ],
      ["The Chair of the Board of Safety Review must document how samples are drawn.", ["bsr"]],
    ]);
  });
});
