import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellPerLineTables } from "../src/cell-per-line-table.ts";
import { textBlocks } from "../src/index.ts";
import { reportRead } from "./helpers/report-read.ts";
import { twoCommittees as organisation, recommendationsRead } from "./helpers/two-committees.ts";

function recommendations(text: string) {
  const read = recommendationsRead(text);
  return read.map((r) => r.text);
}

const items = [
  "Överförmyndarnämnden bör fastställa en tidsgräns för när inkomna årsräkningar ska vara granskade och följa upp att den hålls.",
  "Överförmyndarnämnden bör säkerställa att beslut om arvode fattas först när redovisningen är granskad.",
];

describe("a list item wrapped onto lines of its own", () => {
  // A scanned letter's text layer puts a blank line after every printed line, so an item's
  // second line stands apart from its first, indented or not.
  it("is read to the end of its sentence wherever the line breaks (property)", () => {
    const breakAt = (item: string) =>
      fc
        .integer({ min: 4, max: item.split(" ").length - 2 })
        .map((n) => [item.split(" ").slice(0, n).join(" "), item.split(" ").slice(n).join(" ")]);
    fc.assert(
      fc.property(
        breakAt(items[0] ?? ""),
        breakAt(items[1] ?? ""),
        fc.constantFrom("", "   "),
        (first, second, indent) => {
          const lines = [
            "Granskning av årsräkningar",
            "",
            "Vi lämnar följande rekommendationer.",
            "",
            ...[first, second].flatMap(([head, tail]) => [`• ${head}`, "", `${indent}${tail}`, ""]),
            "Vi önskar ta del av nämndens yttrande senast den 15 december 2026.",
          ];
          expect(recommendations(lines.join("\n"))).toEqual(items);
        },
      ),
    );
  });

  it("ends where the next item's mark is, and a sentence in capitals after it is no part of it", () => {
    const text = [
      "Vi lämnar följande rekommendationer.",
      "",
      "• Överförmyndarnämnden bör fastställa en tidsgräns för granskningen",
      "",
      "• Överförmyndarnämnden bör säkerställa att arvode beslutas först efter granskningen.",
      "",
      "Vi önskar ta del av nämndens yttrande senast den 15 december 2026.",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      "Överförmyndarnämnden bör fastställa en tidsgräns för granskningen",
      "Överförmyndarnämnden bör säkerställa att arvode beslutas först efter granskningen.",
    ]);
  });
});

describe("a numbered table one cell to a line whose cells wrap", () => {
  const table = [
    "Vi lämnar rekommendationerna i tabellen nedan.",
    "Nr",
    "Rekommendation",
    "Ansvarig",
    "Prioritet",
    "1",
    "Ta fram en plan för rekrytering av",
    "ställföreträdare med mål för antalet",
    "nya uppdragstagare per år",
    "Överförmyndarnämnden",
    "Hög",
    "2",
    "Träffa en överenskommelse om hur",
    "information lämnas när ett uppdrag",
    "inleds",
    "Överförmyndarnämnden,",
    "Socialnämnden",
    "Medel",
    "Oktober 2026",
    "Brantevik kommun",
    "6 av 7",
  ];

  it("joins a short line's run-on in small letters, and names split after a comma, row by row", () => {
    expect(cellPerLineTables(table).filter((l) => l.includes("\t"))).toEqual([
      "Nr\tRekommendation\tAnsvarig\tPrioritet",
      "1\tTa fram en plan för rekrytering av ställföreträdare med mål för antalet nya uppdragstagare per år\tÖverförmyndarnämnden\tHög",
      "2\tTräffa en överenskommelse om hur information lämnas när ett uppdrag inleds\tÖverförmyndarnämnden, Socialnämnden\tMedel",
    ]);
  });

  it("reads each row's whole text as a recommendation, to the committees in its cell", () => {
    const read = reportRead(table.join("\n"), organisation, "rapport.txt");
    expect(read.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      [
        "Ta fram en plan för rekrytering av ställföreträdare med mål för antalet nya uppdragstagare per år",
        ["Överförmyndarnämnden"],
      ],
      [
        "Träffa en överenskommelse om hur information lämnas när ett uppdrag inleds",
        ["Överförmyndarnämnden", "Socialnämnden"],
      ],
    ]);
  });
});

describe("items with no mark under a recommending lead-in", () => {
  const clauses = [
    "tydliggöra i delårsrapporten hur bedömningen av varje mål har gjorts",
    "säkerställa att indikatorer utan utfall ersätts med andra mått",
    "redovisa vilka åtgärder som vidtas för att nå målet om investeringar",
  ];

  it("reads each line after the colon as a recommendation to the body the lead-in names, a wrapped line going on its item (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(",", ";"),
        fc.integer({ min: 3, max: 8 }),
        fc.constantFrom("", "även "),
        (end, wrapAt, also) => {
          const [first = "", ...rest] = clauses;
          const words = first.split(" ");
          const lines = [
            "Granskning av delårsrapporten",
            "",
            `Vi rekommenderar ${also}socialnämnden att:`,
            words.slice(0, wrapAt).join(" "),
            `${words.slice(wrapAt).join(" ")}${end}`,
            ...rest.map((c, k) => `${c}${k === rest.length - 1 ? "." : end}`),
            "Lindå den 27 oktober 2026",
          ];
          const read = reportRead(lines.join("\n"), organisation, "bedomning.txt");
          // The mark that ends an item (",", ";", ".") is no part of what it recommends.
          const found = read.recommendations.map((r) => [
            r.text.replace(/[,;.]$/u, ""),
            r.to.map((b) => b.name),
          ]);
          expect(found).toEqual(clauses.map((c) => [c, ["Socialnämnden"]]));
        },
      ),
    );
  });

  it("leaves a paragraph in small letters after a colon that has no clause's end in it whole", () => {
    const text = [
      "Granskningen har omfattat följande:",
      "dokumentstudier och intervjuer med nämndens presidium och förvaltningens tjänstepersoner",
      "under våren 2026",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([]);
  });
});

describe("a page's running footer run into a page flattened to a line", () => {
  const filler =
    "Revisjonen har undersøkt om kommunen behandler byggesøknader innenfor lovens frister, om gebyrene beregnes etter gjeldende regulativ, og om kommunen fører tilsyn slik loven krever. ";
  it("is cut off every page's line where three or more end in the same words around the page's number", () => {
    const footer = (page: number) => `Saksbehandling av byggesaker ${page} Skarvøy kommune`;
    const text = [
      `Innledning ${filler}${footer(2)}`,
      "",
      `Sammendrag ${filler}Revisjonen anbefaler at rådmannen: - sørger for at søknader blir avgjort innen fristen - utarbeider en strategi for tilsyn ${footer(3)}`,
      "",
      `Vurderinger ${filler}${footer(4)}`,
      "",
    ].join("\n");
    const blocks = textBlocks(text);
    expect(blocks.map((b) => b.text).filter((t) => t.includes("Skarvøy kommune"))).toEqual([]);
    expect(blocks.some((b) => b.text === "utarbeider en strategi for tilsyn")).toBe(true);
  });

  it("leaves short lines that end alike around a number as they are", () => {
    const lines = [
      "Se avsnitt 2 i rapporten",
      "Se avsnitt 3 i rapporten",
      "Se avsnitt 4 i rapporten",
    ];
    expect(textBlocks(lines.join("\n\n")).map((b) => b.text)).toEqual(lines);
  });
});
