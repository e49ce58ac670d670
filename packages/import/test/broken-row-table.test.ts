import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brokenRowTables } from "../src/broken-row-table.ts";

const word = fc.constantFrom(
  "riktlinjer",
  "för",
  "hur",
  "investeringar",
  "ska",
  "beredas",
  "följas",
  "upp",
  "och",
  "projekt",
  "inom",
  "sex",
  "månader",
);
const verb = fc.constantFrom("Fastställa", "Säkerställa att", "Slutredovisa", "Införa");
const responsible = fc.constantFrom("Kommunstyrelsen", "Samhällsbyggnadsnämnden", "Socialnämnden");
const priority = fc.constantFrom("Hög", "Medel", "Låg");

describe("a PDF table whose rows break over several lines", () => {
  it("gives each row its cells, wherever its text breaks (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(verb, fc.array(word, { minLength: 2, maxLength: 12 }), responsible, priority),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        fc.integer({ min: 20, max: 60 }),
        (rows, width) => {
          const wrap = (text: string) =>
            text
              .replace(new RegExp(`(.{1,${width}})(\\s+|$)`, "g"), "$1\n")
              .trimEnd()
              .split("\n");
          const lines = [
            "Utifrån granskningen lämnar vi följande rekommendationer.",
            "Nr Rekommendation Ansvar Prioritet",
            ...rows.flatMap(([v, words, who, how], n) => [
              ...wrap(`${n + 1} ${v} ${words.join(" ")}`),
              `${who} ${how}`,
            ]),
            "Datum som ovan",
          ];
          const read = brokenRowTables(lines).filter((l) => l.trim() !== "");
          expect(read).toEqual([
            "Utifrån granskningen lämnar vi följande rekommendationer.",
            "Nr\tRekommendation\tAnsvar\tPrioritet",
            ...rows.map(([v, words, who, how], n) =>
              [`${n + 1}`, `${v} ${words.join(" ")}`, who, how].join("\t"),
            ),
            "Datum som ovan",
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps a hyphen before 'och', takes two bodies over two lines, and leaves lines that are no row as they are", () => {
    expect(
      brokenRowTables([
        "Nr Rekommendation Ansvar Prioritet",
        "1 Införa en gemensam projektmodell för lokal-",
        "och gatuinvesteringar",
        "Kommunstyrelsen,",
        "samhällsbyggnadsnämnden",
        "Låg",
      ])[1],
    ).toBe(
      "1\tInföra en gemensam projektmodell för lokal- och gatuinvesteringar\tKommunstyrelsen, samhällsbyggnadsnämnden\tLåg",
    );
    const prose = ["Nr Rekommendation Ansvar", "Texten fortsätter här utan någon tabell."];
    expect(brokenRowTables(prose)).toEqual(prose);
  });
});
