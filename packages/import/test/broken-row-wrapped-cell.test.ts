import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A narrow three-column table from a PDF: a blank line after its header, each row's text
// wrapped over short lines, the addressee cell after the text's stop wrapped too, and one row
// addressed to two committees listed with a comma.
const report = [
  "5. Rekommendationer",
  "",
  "Nr Rekommendation Riktas till",
  "",
  "1 Ta fram en plan för",
  "hur fordonen ska",
  "laddas under natten.",
  "Nämnd för teknik och",
  "service",
  "",
  "2 Inför en gemensam",
  "rutin för beställning",
  "av skolskjuts.",
  "Nämnd för utbildning,",
  "Nämnd för teknik och",
  "service",
  "",
  "Storvik kommun",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "nts", name: "Nämnd för teknik och service" },
    { id: "nu", name: "Nämnd för utbildning" },
  ],
};

describe("a table whose rows break over short lines, a blank line after its header", () => {
  it("reads each row whole, its addressee cell joined over its lines, bodies listed with commas", () => {
    const found = reportRead(report, organisation);
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      [
        "Ta fram en plan för hur fordonen ska laddas under natten.",
        ["Nämnd för teknik och service"],
      ],
      [
        "Inför en gemensam rutin för beställning av skolskjuts.",
        ["Nämnd för utbildning", "Nämnd för teknik och service"],
      ],
    ]);
  });
});
