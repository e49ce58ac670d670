import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitRow } from "../src/flattened-table.ts";
import { type ImportedResponse, importDocument, textBlocks } from "../src/index.ts";
import { columnRole, headerAt } from "../src/table-columns.ts";
import { responseRead } from "./helpers/report-read.ts";

/** An action plan's text read as a response of an organisation with no bodies. */
function readPlan(text: string): ImportedResponse {
  return responseRead(text, { id: "x", bodies: [] }, "plan.txt");
}

const lower = fc.constantFrom(
  "rutiner",
  "uppföljning",
  "av",
  "samtliga",
  "ärenden",
  "inom",
  "verksamheten",
  "för",
  "nämnden",
  "kvartal",
);
const sentence = (first: string[]) =>
  fc
    .tuple(fc.constantFrom(...first), fc.array(lower, { minLength: 1, maxLength: 8 }))
    .map(([head, rest]) => [head, ...rest].join(" "));
const recommendation = sentence(["Säkerställ att", "Inför", "Utveckla", "Dokumentera"]);
const measure = sentence(["Genomgång av", "Ny rutin för", "Utbildning i", "Analys av"]);
const responsible = fc.constantFrom(
  "Förvaltningschef",
  "Hälso- och sjukvårdsförvaltningen",
  "Enhetschef ekonomiskt bistånd",
  "Verksamhetsutvecklare",
  "Kvalitetsstrateg",
);
const due = fc.constantFrom("Senast 2024-06-30", "Juni 2024", "Hösten 2025", "2025-12-31");

describe("an action table that lost its column separators", () => {
  it("is cut back into its cells from the row's end (property)", () => {
    fc.assert(
      fc.property(recommendation, measure, responsible, due, (r, m, who, when) => {
        const cut = splitRow(`1. ${r} ${m} ${who} ${when}`, [
          "recommendation",
          "measure",
          "responsible",
          "due",
        ]);
        expect(cut).toEqual({ cells: [`1. ${r}`, m, who, when], rest: "" });
      }),
    );
  });

  it("knows its header only as column names and nothing else", () => {
    expect(headerAt("Rekommendation Åtgärd Ansvarig Tidplan")?.roles).toEqual([
      "recommendation",
      "measure",
      "responsible",
      "due",
    ]);
    expect(headerAt("Rekommendation Åtgärd Klart senast")?.roles).toEqual([
      "recommendation",
      "measure",
      "due",
    ]);
    expect(headerAt("Rekommendationen om åtgärder ansvarig")).toBeUndefined();
    expect(headerAt("Ansvarig Tidplan")).toBeUndefined();
  });

  it("knows Danish and Norwegian column names, 'Nr.' with its stop, and an answer column under its writer's name", () => {
    expect(headerAt("Nr. Anbefaling Ansvarlig Frist")?.roles).toEqual([
      "other",
      "recommendation",
      "responsible",
      "due",
    ]);
    expect(headerAt("Tilråding Tiltak Frist")?.roles).toEqual(["recommendation", "measure", "due"]);
    expect(columnRole("Nämndens svar")).toBe("measure");
    expect(columnRole("Svar")).toBe("measure");
    expect(columnRole("Svaret på frågan")).toBeUndefined();
  });

  it("reads a table flattened into a page's line, its caption before a header with a number column and bare row numbers", () => {
    const line =
      "Vi har lämnat fem rekommendationer. Tabell 2. Rekommendationer Nr Rekommendation Ansvarig 1 Kommunstyrelsen bör ta fram ett nytt reglemente. Kommunstyrelsen 2 Nämnderna bör dokumentera sina riskanalyser. Samtliga nämnder 3 Socialnämnden bör följa upp planen under året. Socialnämnden 7";
    const rows = textBlocks(`Granskning av intern kontroll\n\n${line}\n`).filter(
      (b) => b.kind === "row",
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ["Nr", "Rekommendation", "Ansvarig"],
      ["1", "Kommunstyrelsen bör ta fram ett nytt reglemente.", "Kommunstyrelsen"],
      ["2", "Nämnderna bör dokumentera sina riskanalyser.", "Samtliga nämnder"],
      ["3", "Socialnämnden bör följa upp planen under året.", "Socialnämnden"],
    ]);
    // Two recommendation columns make no header: the first name is the table's caption.
    expect(headerAt("Rekommendationer Nr Rekommendation Ansvarig")).toBeUndefined();
    expect(
      splitRow("2 Nämnderna bör dokumentera. Samtliga nämnder", [
        "other",
        "recommendation",
        "responsible",
      ]),
    ).toEqual({
      cells: ["2", "Nämnderna bör dokumentera.", "Samtliga nämnder"],
      rest: "",
    });
  });

  it("reads a column by its head noun after whose it is, whatever the possessor", () => {
    expect(columnRole("Ledningens ställningstagande")).toBe("stance");
    expect(columnRole("Styrelsens ställningstagande")).toBe("stance");
    expect(columnRole("Nämndens kommentar")).toBe("measure");
    expect(columnRole("Management's comments")).toBe("measure");
    expect(columnRole("Förvaltningens planerade åtgärder")).toBe("measure");
    expect(columnRole("Revisionens tidplan")).toBe("due");
    // The possessor alone, or a head noun no list knows, is no column's name.
    expect(columnRole("Nämndens")).toBeUndefined();
    expect(columnRole("Nämndens bedömning av risken")).toBeUndefined();
    expect(columnRole("Kommentar")).toBe("other");
  });

  it("dates a plan's row by its due cell, whatever other date its measure's cell names", () => {
    const text = [
      "Handlingsplan",
      "",
      "Rekommendation\tStällningstagande\tÅtgärd\tKlart",
      "1. Logga behörigheterna\tInstämmer\tLoggning är införd sedan januari 2027. Månatlig uppföljning påbörjas.\tMaj 2027",
      "2. Följ upp avtalen\tInstämmer\tUppföljningen görs i samband med bokslutet 2026.\t2027-09-30",
    ].join("\n");
    const read = readPlan(text);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-05-31"],
      ["2027-09-30"],
    ]);
  });

  it("reads an action plan whose stance column is headed by whose stance it is", () => {
    const text = [
      "Handlingsplan",
      "",
      "Rekommendation\tLedningens ställningstagande\tÅtgärd\tKlart",
      "1. Inför en rutin för avvikelser\tInstämmer delvis\tRutinen beslutas\tMaj 2027",
      "2. Följ upp rutinen årligen\tInstämmer inte\t–\t–",
    ].join("\n");
    const read = readPlan(text);
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "partly-agrees"],
      [2, "disagrees"],
    ]);
  });

  it("gives its rows as table rows, whether a row stands on a line or all in one paragraph", () => {
    const rows = [
      "Rekommendation Åtgärd Ansvarig Klart",
      "1. Inför en rutin för avvikelser Ny rutin beslutas Kvalitetschef Mars 2025",
      "2. Följ upp rutinen årligen Uppföljning i årsrapporten Förvaltningschef 2025-12-31",
    ];
    const asLines = textBlocks(`Nämnden delar bedömningen.\n\n${rows.join("\n")}\n`);
    const inline = textBlocks(
      `Nämnden delar bedömningen. ${rows.join(" ")} Beslutet skickas till revisorerna.`,
    );
    for (const blocks of [asLines, inline]) {
      expect(blocks.filter((b) => b.kind === "row").map((b) => b.cells)).toEqual([
        ["Rekommendation", "Åtgärd", "Ansvarig", "Klart"],
        ["1. Inför en rutin för avvikelser", "Ny rutin beslutas", "Kvalitetschef", "Mars 2025"],
        [
          "2. Följ upp rutinen årligen",
          "Uppföljning i årsrapporten",
          "Förvaltningschef",
          "2025-12-31",
        ],
      ]);
    }
    expect(inline.at(-1)?.text).toBe("Beslutet skickas till revisorerna.");
  });
});

describe("a recommendations table run into one line after a chapter's heading", () => {
  const organisation = {
    id: "k",
    bodies: [
      { id: "okonomiudvalget", name: "Økonomiudvalget", kind: "committee" },
      { id: "social-og-sundhedsudvalget", name: "Social- og Sundhedsudvalget", kind: "committee" },
    ],
  };
  const rows = [
    [
      "Løn",
      "Vi anbefaler, at der indføres en fast månedlig kontrol af lønstamdata.",
      "Økonomiudvalget",
    ],
    [
      "Indkøb",
      "Vi anbefaler, at køb over tærskelværdien godkendes af en anden medarbejder.",
      "Økonomiudvalget",
    ],
    [
      "Hjemmepleje",
      "Vi anbefaler, at visitationen følger op på alle borgere mindst én gang årligt.",
      "Social- og Sundhedsudvalget",
    ],
  ];

  it("reads rows numbered under the chapter ('4.1', '4.2'), each cell to its column, the footer after the last row left out (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 2, max: 9 }),
        fc.constantFrom("", " Revisionsberetning nr. 7 Side 91"),
        (count, chapter, footer) => {
          const table = rows
            .slice(0, count)
            .map(([area, text, to], n) => `${chapter}.${n + 1} ${area} ${text} ${to}`)
            .join(" ");
          const line = `${chapter} Revisionens bemærkninger og anbefalinger Nr. Område Anbefaling Ansvarligt udvalg ${table}${footer}`;
          const read = importDocument({
            name: "beretning.txt",
            text: `Revisionsberetning\n\n${line}\n`,
            kind: "audit",
            organisation,
          }).extracted as { recommendations: { text: string; to: { name: string }[] }[] };
          expect(read.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual(
            rows.slice(0, count).map(([, text, to]) => [text, [to]]),
          );
        },
      ),
    );
  });

  it("knows 'Område' and 'Ansvarligt udvalg' as columns", () => {
    expect(headerAt("Nr. Område Anbefaling Ansvarligt udvalg")?.roles).toEqual([
      "other",
      "other",
      "recommendation",
      "responsible",
    ]);
  });
});
