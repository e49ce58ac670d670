import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A news page listing what a board should do as bullets that make one sentence: each item ends
// in a semicolon, the one before the last in "; and".
const organisation = {
  id: "hb",
  bodies: [
    { id: "board", name: "Health Board", kind: "board" },
    { id: "gov", name: "Welsh Government", kind: "government" },
  ],
};

describe("the joining word after a listed recommendation", () => {
  it("leaves a closing '; and' out of the item", () => {
    const report = [
      "Our review makes three recommendations. The Health Board should:",
      "  • publish its waiting times for hearing tests on its website every quarter;",
      "  • recruit two more audiologists for the northern clinics by June 2027; and",
      "  • report the results of its patient survey to the board once a year.",
    ].join("\n");
    expect(
      recommendationsTo(report, organisation).map(([text]) => text.replace(/;$/u, "")),
    ).toEqual([
      "publish its waiting times for hearing tests on its website every quarter",
      "recruit two more audiologists for the northern clinics by June 2027",
      "report the results of its patient survey to the board once a year.",
    ]);
  });
});
