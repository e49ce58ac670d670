import { describe, expect, it } from "vitest";
import { addresseeColumnTables } from "../src/addressee-column-table.ts";
import { reportRead } from "./helpers/report-read.ts";

// A two-column table (who should act, what) from a PDF's text layer, one printed line per
// line and no gap between the columns: a name cell that wraps ("Vård- och" / "omsorgsnämnden")
// and a row whose name cell is empty, under the body above it.
const lines = [
  "Vi lämnar följande rekommendationer:",
  "Ansvarig nämnd Rekommendation",
  "Kommunstyrelsen Anta en plan för arkivering av",
  "digitala handlingar",
  "Se över gallringsbesluten för",
  "personalakter",
  "Vård- och Inför loggkontroller i",
  "omsorgsnämnden journalsystemet varje månad",
  "",
  "Sida 7",
];

describe("a two-column table of bodies and recommendations with no gap between the columns", () => {
  it("writes each row as its name cell and its text, names joined over their lines", () => {
    expect(addresseeColumnTables(lines).slice(1, 8)).toEqual([
      "Ansvarig nämnd\tRekommendation",
      "Kommunstyrelsen\tAnta en plan för arkivering av digitala handlingar",
      "",
      "Kommunstyrelsen\tSe över gallringsbesluten för personalakter",
      "",
      "Vård- och omsorgsnämnden\tInför loggkontroller i journalsystemet varje månad",
      "",
    ]);
  });

  it("reads each row as a recommendation to its body", () => {
    const found = reportRead(lines.join("\n"), {
      id: "k",
      bodies: [
        { id: "ks", name: "Kommunstyrelsen" },
        { id: "von", name: "Vård- och omsorgsnämnden" },
      ],
    });
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      ["Anta en plan för arkivering av digitala handlingar", ["Kommunstyrelsen"]],
      ["Se över gallringsbesluten för personalakter", ["Kommunstyrelsen"]],
      ["Inför loggkontroller i journalsystemet varje månad", ["Vård- och omsorgsnämnden"]],
    ]);
  });
});
