import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A lay auditor's report to an association's annual meeting: the observations in prose, one
// recommendation put as a judgement in the conditional of what would serve.
const organisation = {
  id: "f",
  bodies: [
    { id: "st", name: "Styrelsen", kind: "board" },
    { id: "kas", name: "Kassören", kind: "officer" },
    { id: "vg", name: "Verksamhetsgranskaren", kind: "auditors" },
  ],
};

describe("a judgement in the conditional that a body act", () => {
  it("is a recommendation to the body after 'att'", () => {
    const report = [
      "VERKSAMHETSGRANSKNINGSBERÄTTELSE",
      "",
      "Iakttagelser",
      "",
      "Medlemsavgifterna har i flera fall betalats in efter förfallodagen utan att påminnelse har skickats. Det vore ändamålsenligt att kassören skickar påminnelser inom en månad efter förfallodagen.",
      "",
      "Föreningens lokaler har hyrts ut utan skriftliga avtal. Det skulle vara lämpligt att styrelsen fastställer ett standardavtal för uthyrning.",
    ].join("\n");
    expect(recommendationsTo(report, organisation)).toEqual([
      [
        "Det vore ändamålsenligt att kassören skickar påminnelser inom en månad efter förfallodagen.",
        ["kas"],
      ],
      [
        "Det skulle vara lämpligt att styrelsen fastställer ett standardavtal för uthyrning.",
        ["st"],
      ],
    ]);
  });
});
