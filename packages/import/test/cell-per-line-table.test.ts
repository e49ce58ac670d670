import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellPerLineTables } from "../src/cell-per-line-table.ts";

const paragraphs = (cells: string[]) => cells.flatMap((c) => [c, ""]);

describe("a table one cell per paragraph", () => {
  it("becomes tab-separated rows when each row holds a sentence in the text column", () => {
    const lines = paragraphs([
      "Nr",
      "Rekommendation",
      "Prioritet",
      "1",
      "Inför en månatlig kontroll av utbetalningar.",
      "Hög",
      "2",
      "Begär återrapportering två gånger per år.",
      "Låg",
      "7",
      "Sjöstad den 20 november 2025",
      "Erik Lund",
    ]);
    const rows = cellPerLineTables(lines).filter((l) => l.includes("\t"));
    expect(rows).toEqual([
      "Nr\tRekommendation\tPrioritet",
      "1\tInför en månatlig kontroll av utbetalningar.\tHög",
      "2\tBegär återrapportering två gånger per år.\tLåg",
    ]);
  });

  it("leaves short headings one to a paragraph as they are (property)", () => {
    const heading = fc.constantFrom("Rekommendation", "Bakgrund", "Syfte", "Metod", "Ansvarig");
    fc.assert(
      fc.property(fc.array(heading, { maxLength: 12 }), (cells) => {
        const lines = paragraphs(cells);
        expect(cellPerLineTables(lines)).toEqual(lines);
      }),
    );
  });
});

describe("a table one cell to a line, its rows grouped under headings", () => {
  it("goes on past a group's heading between rows, which stays a line of its own", () => {
    const lines = [
      "Agency",
      "Recommendation",
      "See section",
      "Response",
      "",
      "Department of Transport",
      "1. require records of every inspection",
      "2",
      "Accepted",
      "",
      "Issue: Defects have no repair targets",
      "",
      "V/Line Corporation",
      "2. agree on a target repair time",
      "3",
      "Accepted in principle",
      "",
      "Back to top",
    ];
    expect(cellPerLineTables(lines).filter((l) => l.trim() !== "")).toEqual([
      "Agency\tRecommendation\tSee section\tResponse",
      "Department of Transport\t1. require records of every inspection\t2\tAccepted",
      "Issue: Defects have no repair targets",
      "V/Line Corporation\t2. agree on a target repair time\t3\tAccepted in principle",
      "Back to top",
    ]);
  });
});

describe("a table one cell per line whose columns say what is recommended and to whom", () => {
  // "Nr", "Rekommendation", "Ansvarig": two names Spårbar knows, one of them the addressee, are
  // enough, whatever the number column is called.
  it("becomes tab-separated rows, for any recommendations and bodies (property)", () => {
    const sentence = fc
      .array(
        fc.constantFrom("Inför", "en", "gemensam", "rutin", "för", "uppföljning", "av", "avtal"),
        {
          minLength: 4,
          maxLength: 12,
        },
      )
      .map((words) => words.join(" "));
    const body = fc.constantFrom(
      "Regionstyrelsen",
      "Hälso- och sjukvårdsnämnden",
      "Kommunstyrelsen",
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sentence, body), { minLength: 2, maxLength: 5 }),
        fc.constantFrom("Ansvarig", "Riktas till"),
        (rows, addressed) => {
          const lines = [
            "Vi lämnar följande rekommendationer:",
            "",
            "Nr",
            "Rekommendation",
            addressed,
            ...rows.flatMap(([text, to], n) => [String(n + 1), text, to]),
            "",
          ];
          expect(cellPerLineTables(lines).filter((l) => l.includes("\t"))).toEqual([
            `Nr\tRekommendation\t${addressed}`,
            ...rows.map(([text, to], n) => `${n + 1}\t${text}\t${to}`),
          ]);
        },
      ),
    );
  });

  it("leaves alone two known names without an addressee among them", () => {
    const lines = [
      "Nr",
      "Rekommendation",
      "Prioritet",
      "1",
      "Inför en rutin för uppföljning.",
      "Hög",
      "",
    ];
    expect(cellPerLineTables(lines).filter((l) => l.includes("\t"))).toEqual([]);
  });
});

describe("a table one cell to a line in a text with no blank lines", () => {
  const register = (before: string) => [
    "Our findings are set out in the register at Appendix A.",
    before,
    "Ref",
    "Recommendation",
    "Responsibility",
    "Priority",
    "BR1",
    "Obtain a signed declaration before relief is awarded.",
    "Revenues Manager",
    "High",
    "BR2",
    "Require a second officer to approve every refund and record the approval in the billing",
    "system.",
    "Revenues Manager",
    "High",
    "BR3",
    "Reconcile the valuation list to the billing system each month.",
    "Head of Finance",
    "Medium",
  ];

  it("reads a header after a line that cannot be a column's name, and joins a cell wrapped over two lines", () => {
    const rows = cellPerLineTables(register("Appendix A: Recommendations Register")).filter((l) =>
      l.includes("\t"),
    );
    expect(rows).toEqual([
      "Ref\tRecommendation\tResponsibility\tPriority",
      "BR1\tObtain a signed declaration before relief is awarded.\tRevenues Manager\tHigh",
      "BR2\tRequire a second officer to approve every refund and record the approval in the billing system.\tRevenues Manager\tHigh",
      "BR3\tReconcile the valuation list to the billing system each month.\tHead of Finance\tMedium",
    ]);
  });

  it("takes a short name just before the run for the header's first column, not a line before it", () => {
    const rows = cellPerLineTables(register("Area")).filter((l) => l.includes("\t"));
    expect(rows[0]).toBe("Area\tRef\tRecommendation\tResponsibility\tPriority");
  });
});
