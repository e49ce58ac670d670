import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A Danish national audit report's summary: a recommending sentence cut after the agency its
// bullets go on from, without a colon, then a further recommendation with "endvidere".
const report = [
  "Rigsrevisionens beretning om tilskud til lokale museer",
  "",
  "Rigsrevisionen anbefaler, at Museumsstyrelsen",
  "• indhenter en årlig rapport fra hvert museum om brugen af tilskuddet",
  "• stopper udbetalingen, når et museum ikke har indsendt sit regnskab.",
  "Rigsrevisionen anbefaler endvidere, at Kulturministeriet fastsætter en frist for styrelsens behandling af ansøgninger.",
].join("\n");

const organisation = {
  id: "stat",
  bodies: [
    { id: "ms", name: "Museumsstyrelsen" },
    { id: "km", name: "Kulturministeriet" },
    { id: "rr", name: "Rigsrevisionen", kind: "auditors" },
  ],
};

describe("a recommending sentence cut after its body, its bullets going on from there", () => {
  it("reads each bullet as a recommendation to that body, and 'anbefaler endvidere, at X' as one to X", () => {
    const found = reportRead(report, organisation, "beretning.txt");
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      ["indhenter en årlig rapport fra hvert museum om brugen af tilskuddet", ["Museumsstyrelsen"]],
      ["stopper udbetalingen, når et museum ikke har indsendt sit regnskab.", ["Museumsstyrelsen"]],
      [
        "Rigsrevisionen anbefaler endvidere, at Kulturministeriet fastsætter en frist for styrelsens behandling af ansøgninger.",
        ["Kulturministeriet"],
      ],
    ]);
  });
});
