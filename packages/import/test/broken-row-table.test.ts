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

  it("reads a row whose responsible body stands beside its first lines, blank lines between them (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            responsible,
            fc.array(word, { minLength: 4, maxLength: 14 }),
            fc.array(responsible, { minLength: 1, maxLength: 2 }),
          ),
          { minLength: 2, maxLength: 4 },
        ),
        fc.integer({ min: 2, max: 4 }),
        (rows, perLine) => {
          const lines = [
            "3.2 Rekommendationer",
            "",
            "Nr Rekommendation Ansvarig",
            ...rows.flatMap(([subject, words, who], n) => {
              const text = [`${subject} bör`, ...words].join(" ").split(" ");
              const printed: string[] = [];
              for (let k = 0; k < text.length; k += perLine)
                printed.push(text.slice(k, k + perLine).join(" "));
              printed[printed.length - 1] += ".";
              return printed.flatMap((piece, k) => [
                "",
                `${k === 0 ? `${n + 1} ` : ""}${piece}${k < who.length ? ` ${who[k]}${k < who.length - 1 ? "," : ""}` : ""}`,
              ]);
            }),
            "",
            "Storsjö den 21 oktober 2026",
          ];
          const read = brokenRowTables(lines).filter((l) => l.trim() !== "");
          expect(read).toEqual([
            "3.2 Rekommendationer",
            "Nr\tRekommendation\tAnsvarig",
            ...rows.map(([subject, words, who], n) =>
              [`${n + 1}`, `${[`${subject} bör`, ...words].join(" ")}.`, who.join(", ")].join("\t"),
            ),
            "Storsjö den 21 oktober 2026",
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
