import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A recommendation may open with its deadline before the body that should act, with a comma
// ("By March 2028, the Transport Authority should …"), or in the Nordic word order with the
// verb second ("Senast i juni 2028 bör tekniska nämnden …"): the deadline is no part of who acts.
describe("a recommendation that opens with its deadline", () => {
  it("is found whole, to the body after the deadline", () => {
    const page = [
      "Recommendations",
      "",
      "By March 2028, the Regional Transport Authority should publish a schedule for replacing the ferry fleet and report its progress each year.",
      "",
      "Within six months, the Harbour Board should agree a single register of pier inspections.",
    ].join("\n");
    expect(
      recommendationsTo(page, {
        id: "region",
        bodies: [
          { id: "rta", name: "Regional Transport Authority" },
          { id: "harbour", name: "Harbour Board" },
        ],
      }),
    ).toEqual([
      [
        "By March 2028, the Regional Transport Authority should publish a schedule for replacing the ferry fleet and report its progress each year.",
        ["rta"],
      ],
      [
        "Within six months, the Harbour Board should agree a single register of pier inspections.",
        ["harbour"],
      ],
    ]);
  });

  it("is found in the Nordic order, the verb before the body", () => {
    const page = [
      "Rekommendationer",
      "",
      "Senast i juni 2028 bör tekniska nämnden ta fram en plan för underhållet av broarna.",
    ].join("\n");
    expect(
      recommendationsTo(page, {
        id: "kommun",
        bodies: [{ id: "tekniska-namnden", name: "Tekniska nämnden" }],
      }),
    ).toEqual([
      [
        "Senast i juni 2028 bör tekniska nämnden ta fram en plan för underhållet av broarna.",
        ["tekniska-namnden"],
      ],
    ]);
  });

  it("leaves a lead that names no time to the rules as before", () => {
    const page = [
      "Recommendations",
      "",
      "By contrast, the Harbour Board keeps a register of pier inspections.",
    ].join("\n");
    expect(
      recommendationsTo(page, {
        id: "region",
        bodies: [{ id: "harbour", name: "Harbour Board" }],
      }),
    ).toEqual([]);
  });
});
