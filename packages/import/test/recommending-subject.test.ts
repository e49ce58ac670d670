import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importLabelled } from "../bench/accuracy.ts";
import type { ImportedAudit } from "../src/index.ts";
import { reportRead } from "./helpers/report-read.ts";
import { recommendationsRead } from "./helpers/two-committees.ts";

function recommendations(text: string) {
  const read = recommendationsRead(text);
  return read.map((r) => [r.text, r.to.map((b) => b.name)]);
}

describe("who recommends, and a judgement that asks", () => {
  it("reads a recommendation said in the name of whichever authority writes the report", () => {
    const writers = fc.constantFrom("Länsstyrelsen", "Inspektionen", "Myndigheten", "Revisionen");
    fc.assert(
      fc.property(writers, fc.boolean(), (writer, further) => {
        const sentence = `${writer} rekommenderar ${further ? "vidare " : ""}att överförmyndarnämnden inför en bevakning av årsräkningarna.`;
        expect(recommendations(`Tillsynsrapport\n\n${sentence}\n`)).toEqual([
          [sentence, ["Överförmyndarnämnden"]],
        ]);
      }),
    );
  });

  it("reads 'det är angeläget att' after a fact in the same sentence, with whose judgement it is", () => {
    const sentence =
      "Avgiftsreduktionen är ett lagkrav och det är enligt vår mening angeläget att socialnämnden säkerställer att avgiften reduceras.";
    expect(recommendations(`Granskning av avgifter\n\n${sentence}\n`)).toEqual([
      [sentence, ["Socialnämnden"]],
    ]);
  });

  it("finds the county board's two recommendations and the judgement in the labelled reports", async () => {
    const board = (await importLabelled("dev-287")).result.extracted as ImportedAudit;
    expect(board.recommendations.map((r) => r.text.slice(0, 45))).toEqual([
      "Länsstyrelsen rekommenderar att nämnden inför",
      "Länsstyrelsen rekommenderar vidare att nämnde",
      expect.any(String),
    ]);
    const judged = (await importLabelled("dev-286")).result.extracted as ImportedAudit;
    expect(judged.recommendations.some((r) => /angeläget att nämnden/u.test(r.text))).toBe(true);
  });
});

describe("'styrelsen' under a company's heading", () => {
  const bodies = [
    { id: "kommunstyrelsen", name: "Kommunstyrelsen", kind: "board" },
    { id: "hamn", name: "Hammarby Hamn AB", kind: "company" },
    { id: "socialnamnden", name: "Socialnämnden", kind: "committee" },
  ];
  const addressed = (heading: string) =>
    reportRead(
      `Årsredogörelse 2026\n\n${heading}\n\nRevisorerna rekommenderar styrelsen att se över bolagets riskhantering.\n`,
      { id: "h", bodies },
      "arsredogorelse.txt",
    ).recommendations.map((r) => r.to.map((b) => b.name));

  it("is the company's board, as 'nämnden' under a committee's heading is that committee", () => {
    expect(addressed("Hammarby Hamn AB")).toEqual([["Hammarby Hamn AB"]]);
    expect(addressed("Kommunstyrelsen")).toEqual([["Kommunstyrelsen"]]);
  });
});

describe("a table's caption inside a recommendations section", () => {
  it("does not end the section: a recommendation after the table is read", () => {
    const text = [
      "Granskning av krisberedskap",
      "",
      "Rekommendationer",
      "",
      "Revisorerna lämnar rekommendationerna i tabellen och texten nedanför.",
      "",
      "Tabell 1. Revisorernas rekommendationer",
      "",
      "Rekommendation\tRiktas till",
      "Genomför en övning av planen varje år.\tSocialnämnden",
      "",
      "Utöver tabellen vill revisorerna framhålla att socialnämnden bör se över sitt reglemente.",
      "",
      "Bakgrund",
      "",
      "Socialnämnden bör enligt lag ha en plan.",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      ["Genomför en övning av planen varje år.", ["Socialnämnden"]],
      [
        "Utöver tabellen vill revisorerna framhålla att socialnämnden bör se över sitt reglemente.",
        ["Socialnämnden"],
      ],
    ]);
  });
});

describe("the auditors' view of what a body should do, and a reason before 'bör'", () => {
  it("reads 'Revisorerna anser (också) att X (gemensamt) bör …' as a recommendation to X, whatever the verb (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", "också ", "därför "),
        fc.constantFrom("", "gemensamt "),
        fc.constantFrom("verka för", "ta fram", "utreda", "överväga att införa"),
        (adverb, together, verb) => {
          const sentence = `Revisorerna anser ${adverb}att socialnämnden och överförmyndarnämnden ${together}bör ${verb} en skriftlig rutin för samverkan.`;
          expect(recommendations(`Granskning av samverkan\n\n${sentence}\n`)).toEqual([
            [sentence, ["Socialnämnden", "Överförmyndarnämnden"]],
          ]);
        },
      ),
    );
  });

  it("takes the auditors' view that a body shall do something other than see to it for no recommendation", () => {
    const sentence = "Revisorerna anser att socialnämnden ska ansvara för samordningen.";
    expect(recommendations(`Granskning av samverkan\n\n${sentence}\n`)).toEqual([]);
  });

  it("reads 'Mot bakgrund av att … bör X dessutom överväga att …' as a recommendation to X", () => {
    const sentence =
      "Mot bakgrund av att bristerna i flera ärenden är återkommande bör socialnämnden dessutom överväga att införa en särskild uppföljning.";
    expect(recommendations(`Granskning av ärendena\n\nBedömning\n\n${sentence}\n`)).toEqual([
      [sentence, ["Socialnämnden"]],
    ]);
  });
});

describe("a follow-up's status table of an earlier report's recommendations", () => {
  it("takes a header naming the year ('Rekommendation 2024 Vidtagna åtgärder Status') for no numbered recommendation, nor its first row", () => {
    const text = [
      "Uppföljning av granskning av ekonomiskt bistånd",
      "",
      "3 Uppföljning av rekommendationerna",
      "Rekommendation 2024 Vidtagna åtgärder Status",
      "Upprätta en rutin för kontroll av inkomster. Rutin antagen i oktober 2024. Åtgärdad",
      "",
      "4 Bedömning och rekommendationer",
      "Mot bakgrund av uppföljningen rekommenderar vi socialnämnden att:",
      "1. ta fram individuella planer för samtliga sökande med långvarigt bistånd",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      [
        "ta fram individuella planer för samtliga sökande med långvarigt bistånd",
        ["Socialnämnden"],
      ],
    ]);
  });

  it("still reads 'Rekommendation 12: …' as the twelfth", () => {
    expect(
      recommendations(
        "Granskning\n\nRekommendation 12: Socialnämnden bör ta fram en plan för bistånd.\n",
      ),
    ).toEqual([["Socialnämnden bör ta fram en plan för bistånd.", ["Socialnämnden"]]]);
  });
});
