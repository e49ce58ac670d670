import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A control report from an office to the committee whose unit it inspected: the office heads
// the letter, the committee is named in a field, and each requirement is put to "ni".
const report = [
  "BYGG- OCH MILJÖKONTORET",
  "Hälsoskyddsenheten",
  "",
  "INSPEKTIONSRAPPORT",
  "",
  "Verksamhet: Tallåsens simhall",
  "Verksamhetsutövare: Fritidsnämnden (Badenheten)",
  "Inspektionsdatum: 2027-04-12",
  "",
  "Brister",
  "",
  "Vattenkvalitet",
  "Provtagningen av badvattnet gjordes bara varannan vecka. Ni behöver se till att badvattnet provtas varje vecka.",
  "",
  "Ventilation",
  "Luftflödet i omklädningsrummen mättes senast 2019. Ni ska kunna visa att ventilationen kontrolleras regelbundet.",
  "",
  "Råd",
  "Vi rekommenderar att ni gör en plan för när filtren i reningsverket ska bytas.",
].join("\n");

const organisation = {
  id: "tallasen",
  bodies: [
    { id: "fn", name: "Fritidsnämnden" },
    { id: "bmk", name: "Bygg- och miljökontoret" },
  ],
};

describe("a control report's demands put to 'ni'", () => {
  it("reads each as a recommendation to the body the report is written to, not the one heading it", () => {
    const found = reportRead(report, organisation);
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      ["Ni behöver se till att badvattnet provtas varje vecka.", ["Fritidsnämnden"]],
      ["Ni ska kunna visa att ventilationen kontrolleras regelbundet.", ["Fritidsnämnden"]],
      [
        "Vi rekommenderar att ni gör en plan för när filtren i reningsverket ska bytas.",
        ["Fritidsnämnden"],
      ],
    ]);
  });
});
