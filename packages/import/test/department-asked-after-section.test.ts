import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A regional government's auditors' yearly report: a chapter per department, one of them with
// a subheading of recommendations, and a later department's chapter where the auditors ask
// "Avdelningen bör …" inside a paragraph of findings.
const organisation = {
  id: "r",
  bodies: [
    { id: "lr", name: "Landskapsregeringen", kind: "government" },
    { id: "ua", name: "Utbildnings- och kulturavdelningen", kind: "department" },
    { id: "rev", name: "Landskapsrevisorerna", kind: "auditors" },
  ],
};

describe("a department asked to act in a chapter after a recommendations section", () => {
  it("is a recommendation, to the department of the chapter's heading", () => {
    const report = [
      "Finansavdelningens förvaltningsområde",
      "",
      "Upphandlingar",
      "",
      "Revisorerna har gått igenom tolv upphandlingar under året.",
      "",
      "Rekommendationer",
      "",
      "Landskapsrevisorerna anser att landskapsregeringen bör ta fram en gemensam mall för upphandlingsdokument.",
      "",
      "Utbildnings- och kulturavdelningens förvaltningsområde",
      "",
      "Stipendier",
      "",
      "Revisorerna konstaterar att besluten om stipendier saknar motivering i flera fall. Avdelningen bör se till att varje beslut om stipendium motiveras skriftligt.",
      "",
      "Revisorerna noterar att avdelningen har påbörjat ett arbete med nya riktlinjer.",
    ].join("\n");
    expect(recommendationsTo(report, organisation)).toEqual([
      [
        "Landskapsrevisorerna anser att landskapsregeringen bör ta fram en gemensam mall för upphandlingsdokument.",
        ["lr"],
      ],
      ["Avdelningen bör se till att varje beslut om stipendium motiveras skriftligt.", ["ua"]],
    ]);
  });
});
