import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attClauses } from "../src/extract-audit.ts";
import { guessKind, kindByRules } from "../src/guess-kind.ts";
import {
  type ImportedAudit,
  type ImportedResponse,
  importDocument,
  textBlocks,
} from "../src/index.ts";
import { reportRead, responseRead } from "./helpers/report-read.ts";

const bodies = [
  { id: "kommunstyrelsen", name: "Kommunstyrelsen", kind: "board" },
  { id: "socialnamnden", name: "Socialnämnden", kind: "committee" },
  { id: "barn-och-utbildningsnamnden", name: "Barn- och utbildningsnämnden", kind: "committee" },
  { id: "revisionen", name: "Revisionen", kind: "auditors" },
];

const word = fc.constantFrom(
  "rutiner",
  "uppföljning",
  "samverkan",
  "nämnden",
  "verksamheten",
  "barn",
  "analys",
  "mål",
  "planen",
  "kvalitet",
  "resurser",
  "behoven",
);
const verb = fc.constantFrom(
  "Säkerställ att",
  "Utveckla",
  "Fastställ",
  "Tillse att",
  "Genomför",
  "Inför",
);
const recommendation = fc
  .tuple(verb, fc.array(word, { minLength: 3, maxLength: 14 }))
  .map(([v, w]) => `${v} ${w.join(" ")}.`);
const bullet = fc.constantFrom("▶", "•", "-", "–", "*");

describe("extracting recommendations (properties)", () => {
  it("finds every recommendation of an 'X rekommenderas att:' list verbatim, with its addressee", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(recommendation, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...bodies.slice(0, 3)),
        bullet,
        fc.integer({ min: 30, max: 90 }),
        (recs, body, marker, width) => {
          // Wrap each item at the given width, as a PDF export would.
          const wrap = (text: string) =>
            text.replace(new RegExp(`(.{1,${width}})(\\s+|$)`, "g"), "$1\n").trimEnd();
          const items = recs.map((r) => `${marker} ${wrap(r).replace(/\n/g, "\n  ")}`).join("\n");
          const text = `Granskning av något\nKommunen\n\nSammanfattning\n\nText om granskningen.\n\n${body.name} rekommenderas att:\n\n${items}\n\n1. Inledning\n\nMer text.\n`;
          const result = importDocument({
            name: "x.txt",
            text,
            kind: "audit",
            organisation: { id: "k", bodies },
          });
          const audit = result.extracted as ImportedAudit;
          expect(audit.recommendations.map((r) => r.text)).toEqual(recs);
          expect(
            audit.recommendations.every((r) => r.to.length === 1 && r.to[0]?.id === body.id),
          ).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads 'X bör …' items after a paragraph that counts the recommendations", () => {
    const counts = ["två", "tre", "fyra", "fem", "sex"];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom(...bodies.slice(0, 3)), recommendation), {
          minLength: 2,
          maxLength: 6,
          selector: ([, text]) => text,
        }),
        bullet,
        (recs, marker) => {
          const items = recs
            .map(
              ([body, text]) =>
                `${marker} ${body.name} bör ${text[0]?.toLowerCase()}${text.slice(1)}`,
            )
            .join("\n");
          const count = counts[recs.length - 2];
          const text = `Svar på revisionsskrivelse\n\nSammanfattning\n\nRevisorerna har granskat utbetalningarna och vill ha nämndernas synpunkter på ${count} rekommendationer.\n${items}\n\nFörslag till beslut\n\nMer text.\n`;
          const result = importDocument({
            name: "x.txt",
            text,
            kind: "audit",
            organisation: { id: "k", bodies },
          });
          const audit = result.extracted as ImportedAudit;
          expect(audit.recommendations.map((r) => r.to.map((b) => b.id))).toEqual(
            recs.map(([body]) => [body.id]),
          );
          expect(audit.recommendations).toHaveLength(recs.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("joins words broken by hyphenation at line ends, but keeps 'arbetsmarknads- och'", () => {
    const blocks = textBlocks(
      "Säkerställ att uppföljningen av central-\norganisationen sker.\n\nArbetsmarknads-\noch socialnämnden svarar.\n",
    );
    expect(blocks.map((b) => b.text)).toEqual([
      "Säkerställ att uppföljningen av centralorganisationen sker.",
      "Arbetsmarknads- och socialnämnden svarar.",
    ]);
  });

  it("drops page numbers and running footers wherever the page breaks fall", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 2, max: 40 }),
        (breaks, total) => {
          const footer = (n: number) =>
            `Kommunen – Revisionsrapport 2024          Sida ${n} av ${total}`;
          const lines = ["Första stycket har text.", "", "Andra stycket har också text."];
          for (let i = 0; i < breaks; i++) lines.splice(1 + i * 2, 0, "", footer(i + 1));
          const blocks = textBlocks(lines.join("\n"));
          return blocks.every((b) => !b.text.includes("Sida")) && blocks.length === 2;
        },
      ),
    );
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom("audit" as const, "response" as const),
        (text, kind) => {
          const result = importDocument({
            name: "x.txt",
            text,
            kind,
            organisation: { id: "k", bodies },
          });
          return typeof result.draft.text === "string";
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The due days of the measures a response's first section promises. */
function firstSectionDueDays(text: string): string[] {
  const result = importDocument({
    name: "svar.txt",
    text,
    kind: "response",
    organisation: { id: "k", bodies },
  });
  const { sections } = result.extracted as { sections: { measures: { due: { end: string } }[] }[] };
  return sections[0]?.measures.map((m) => m.due?.end) ?? [];
}

/** A report's recommendations as the importer reads them, told it is a report. */
function audit(text: string): ImportedAudit {
  return reportRead(text, { id: "k", bodies }, "x.txt");
}

describe("a page flattened to a line ends in its running foot", () => {
  it("drops the report's month, year and page count after the last item (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Augusti", "mars", "December", "june"),
        fc.integer({ min: 2020, max: 2030 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        (month, year, page, more) => {
          const found = audit(
            `Revisionsrapport\n\n4. Bedömning och rekommendationer Vi bedömer att nämnden har vidtagit åtgärder. Mot bakgrund av uppföljningen rekommenderar vi socialnämnden att: - analysera orsakerna till att utredningstiden överskrids - fastställa en tidplan för när utbildningen ska genomföras ${month} ${year} ${page} av ${page + more}\n`,
          );
          expect(found.recommendations.map((r) => r.text)).toEqual([
            "analysera orsakerna till att utredningstiden överskrids",
            "fastställa en tidplan för när utbildningen ska genomföras",
          ]);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("recommendations run on in one paragraph after their intro", () => {
  // Imperatives the reader knows (`imperative` in extract-audit.ts): the first item is one.
  const verb = fc.constantFrom(
    "Fastställ",
    "Säkerställ att",
    "Inför en",
    "Utveckla",
    "Följ upp",
    "Se över",
  );
  const object = fc
    .array(
      fc.constantFrom(
        "rutiner",
        "för",
        "uppföljning",
        "av",
        "avtalen",
        "varje",
        "kvartal",
        "inköpen",
      ),
      {
        minLength: 3,
        maxLength: 8,
      },
    )
    .map((words) => words.join(" "));
  const items = fc.array(
    fc.tuple(verb, object).map(([v, o]) => `${v} ${o}`),
    {
      minLength: 2,
      maxLength: 4,
    },
  );

  it("reads each item, whether its bullet was lost with or without its stop (property)", () => {
    fc.assert(
      fc.property(items, fc.boolean(), (wanted, stops) => {
        const run = stops ? wanted.map((w) => `${w}.`).join(" ") : wanted.join(" ");
        const found = audit(
          `Granskning av inköpen\n\n3 Bedömning Vi har granskat inköpen. Med bakgrund av granskningens iakttagelser rekommenderas kommunstyrelsen att: ${run}\n`,
        );
        expect(found.recommendations.map((r) => r.text.replace(/\.$/u, ""))).toEqual(wanted);
        for (const r of found.recommendations)
          expect(r.to.map((b) => b.id)).toEqual(["kommunstyrelsen"]);
      }),
    );
  });

  it("starts a new addressee's items at the next intro in the same line", () => {
    const found = audit(
      "Uppföljning av inköp\n\n3 1. Sammanfattning Vi har följt upp granskningen. Med bakgrund av granskningens iakttagelser rekommenderas kommunstyrelsen att: Fastställa hur avtalstroheten ska följas upp Säkerställa att samtliga ramavtal finns sökbara Vidare rekommenderas socialnämnden att: Begränsa antalet beställare inom äldreomsorgen\n",
    );
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.id)])).toEqual([
      ["Fastställa hur avtalstroheten ska följas upp", ["kommunstyrelsen"]],
      ["Säkerställa att samtliga ramavtal finns sökbara", ["kommunstyrelsen"]],
      ["Begränsa antalet beställare inom äldreomsorgen", ["socialnamnden"]],
    ]);
  });

  it("takes none where the paragraph goes on in the auditors' voice or ends with a signature", () => {
    for (const after of [
      "Vi bedömer att kontrollen är otillräcklig.",
      "Mjölby den 25 augusti 2026 Helena Berg",
    ]) {
      const found = audit(
        `Granskning av bidrag\n\n3 Sammanfattning Efter genomförd granskning rekommenderar vi följande: Revidera bidragsreglerna. Inför stickprov varje år. ${after}\n`,
      );
      expect(found.recommendations, after).toEqual([]);
    }
  });
});

describe("a passive recommendation listing two or more clauses", () => {
  it("reads each 'att' clause as a recommendation to the body after the verb, after any lead (property)", () => {
    const clause = fc
      .tuple(
        fc.constantFrom("ta fram", "följa upp", "stärka", "se över", "dokumentera"),
        fc.array(
          fc.constantFrom("planen", "för", "ekonomin", "avtalen", "den", "interna", "kontrollen"),
          {
            minLength: 2,
            maxLength: 6,
          },
        ),
      )
      .map(([verb, words]) => `${verb} ${words.join(" ")}`);
    const lead = fc.constantFrom("Vidare ", "Nu ", "Mot bakgrund av iakttagelserna ");
    fc.assert(
      fc.property(
        fc.uniqueArray(clause, { minLength: 2, maxLength: 4 }),
        lead,
        (wanted, before) => {
          const listed = `${wanted
            .slice(0, -1)
            .map((c) => `att ${c}`)
            .join(", ")} och att ${wanted.at(-1)}`;
          const sentence = `${before}rekommenderas socialnämnden ${listed}.`;
          expect(attClauses(sentence)).toEqual(wanted);
          const found = audit(
            `Revisionsberättelse\n\n${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}\n`,
          );
          expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.id)])).toEqual(
            wanted.map((c) => [c, ["socialnamnden"]]),
          );
        },
      ),
    );
  });

  it("keeps a sentence with two 'att' clauses whole where the second may be part of the first", () => {
    expect(
      attClauses(
        "Nämnden rekommenderas att säkerställa att rutinen följs och att avvikelser rapporteras.",
      ),
    ).toEqual([]);
  });

  it("reads 'att A och att B' as two recommendations to the same body, each without its 'att'", () => {
    const found = audit(
      "Granskning av skolskjutsen\n\nRevisorerna rekommenderar barn- och utbildningsnämnden att förbättra sin uppföljning av skolskjutsen och att begära åtgärdsplaner från de skolor som inte når målen.\n",
    );
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.id)])).toEqual([
      ["förbättra sin uppföljning av skolskjutsen", ["barn-och-utbildningsnamnden"]],
      ["begära åtgärdsplaner från de skolor som inte når målen", ["barn-och-utbildningsnamnden"]],
    ]);
  });

  it("reads 'X bör se till att A och att B' as two recommendations to X", () => {
    const found = audit(
      "Granskning av kontrollen\n\nSocialnämnden bör se till att kontrollen genomförs under 2026 och att resultatet rapporteras till nämnden.\n",
    );
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.id)])).toEqual([
      ["kontrollen genomförs under 2026", ["socialnamnden"]],
      ["resultatet rapporteras till nämnden", ["socialnamnden"]],
    ]);
    // One "att" is one recommendation, kept whole.
    expect(
      audit(
        "Granskning av kontrollen\n\nSocialnämnden bör se till att kontrollen genomförs och dokumenteras under 2026.\n",
      ).recommendations.map((r) => r.text),
    ).toEqual(["Socialnämnden bör se till att kontrollen genomförs och dokumenteras under 2026."]);
  });

  it("reads Danish 'anbefaler, at A, og at B' as two, in prose and in a table's cell", () => {
    expect(
      attClauses(
        "Vi anbefaler, at adgange lukkes samme dag som en medarbejder fratræder, og at brugerlisten gennemgås hvert kvartal.",
      ),
    ).toEqual([
      "adgange lukkes samme dag som en medarbejder fratræder",
      "brugerlisten gennemgås hvert kvartal",
    ]);
    // English "at" is no clause's mark: without "og" the sentence is kept whole.
    expect(
      attClauses("We recommend that staff at the depot, at the office and at home report."),
    ).toEqual([]);
    const found = audit(
      "Revisionsberetning\n\nAnbefaling\tAnsvarligt udvalg\nVi anbefaler, at der indføres en fast kontrol af lønstamdata, og at kontrollen dokumenteres.\tØkonomiudvalget\nVi anbefaler, at køb over tærskelværdien godkendes af en anden medarbejder.\tØkonomiudvalget\n",
    );
    expect(found.recommendations.map((r) => [r.text, r.unknownTo])).toEqual([
      ["der indføres en fast kontrol af lønstamdata", ["Økonomiudvalget"]],
      ["kontrollen dokumenteres", ["Økonomiudvalget"]],
      [
        "Vi anbefaler, at køb over tærskelværdien godkendes af en anden medarbejder.",
        ["Økonomiudvalget"],
      ],
    ]);
  });
});

describe("extracting recommendations (examples)", () => {
  it("reads the addressees from any column that names who should act ('Riktas till')", () => {
    const found = audit(
      "Granskning av informationssäkerheten\n\nUtifrån granskningen lämnas följande rekommendationer:\n\nRekommendation\tRiktas till\nFastställ en ny policy för informationssäkerhet\tKommunstyrelsen\nGenomför en informationsklassning av systemen\tSocialnämnden, barn- och utbildningsnämnden\n",
    );
    expect(found.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([
      ["kommunstyrelsen"],
      ["socialnamnden", "barn-och-utbildningsnamnden"],
    ]);
  });

  // The report reader takes its column names from the shared list: a name any table reader
  // knows for what is recommended, or for who should act, opens the report's table too.
  it.each([
    ["Rekommendation", "Riktas till"],
    ["Anbefaling", "Ansvarlig"],
    ["Tilråding", "Mottakar"],
    ["Revisorernas rekommendationer", "Ansvarig nämnd"],
    ["Recommendation", "Responsible"],
  ])("reads a pipe table headed '%s | %s' as the report's recommendations", (what, who) => {
    const found = audit(
      `Granskning av byggesaker\n\n| Nr. | ${what} | ${who} |\n|---|---|---|\n| 1 | Sørge for at alle søkere får svar innen tre uker | Kommunstyrelsen |\n| 2 | Etablere en rutine for gebyr ved overskredet frist | Socialnämnden |\n`,
    );
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "Sørge for at alle søkere får svar innen tre uker",
      "Etablere en rutine for gebyr ved overskredet frist",
    ]);
    if (who !== "Mottakar")
      expect(found.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([
        ["kommunstyrelsen"],
        ["socialnamnden"],
      ]);
  });

  it("reads 'Revisorernas rekommendationer till …:' as a list to that body", () => {
    const found = audit(
      "Granskning av bemanningen\n\nRevisorernas rekommendationer till socialnämnden:\n\n• Ta fram en plan för kompetensförsörjningen.\n• Följ upp sjukfrånvaron varje kvartal.\n",
    );
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.id)])).toEqual([
      ["Ta fram en plan för kompetensförsörjningen.", ["socialnamnden"]],
      ["Följ upp sjukfrånvaron varje kvartal.", ["socialnamnden"]],
    ]);
  });

  it.each(["●", "\uF0B7", "◆", "➔"])(
    "reads %s as a bullet, and 'Att X …' items as X's",
    (marker) => {
      const found = audit(
        `Nytt boende\n\nFör framtiden bör följande rekommendationer prioriteras:\n\n${marker} Att socialnämnden utvärderar processen för nya boenden.\n${marker} Att kommunstyrelsen säkerställer att underlagen är fullständiga.\n\n1. Inledning\n`,
      );
      expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.id)])).toEqual([
        ["Att socialnämnden utvärderar processen för nya boenden.", ["socialnamnden"]],
        ["Att kommunstyrelsen säkerställer att underlagen är fullständiga.", ["kommunstyrelsen"]],
      ]);
    },
  );

  it("takes 'Vi rekommenderar att X …' sentences of the recommendations section, one each", () => {
    const found = audit(
      "Granskning av bemanningen\n\nSammanfattning\n\nVi rekommenderar att socialnämnden ser över allt.\n\n3.2 Rekommendationer\n\nBristerna är kända sedan länge. Vi rekommenderar att socialnämnden följer upp bemanningen varje månad. Vi rekommenderar vidare att kommunstyrelsen tar fram en modell för kompetensförsörjning.\n\nWe therefore recommend that the Executive Board reviews the staffing model.\n\nBilaga 1\n",
    );
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.id)])).toEqual([
      ["Vi rekommenderar att socialnämnden följer upp bemanningen varje månad.", ["socialnamnden"]],
      [
        "Vi rekommenderar vidare att kommunstyrelsen tar fram en modell för kompetensförsörjning.",
        ["kommunstyrelsen"],
      ],
      ["We therefore recommend that the Executive Board reviews the staffing model.", []],
    ]);
  });

  it("takes 'Vi rekommenderar X och Y att …' with every body it names", () => {
    const found = audit(
      "Granskning av skolskjutsar\n\n4. Rekommendationer\n\nVi rekommenderar kommunstyrelsen och barn- och utbildningsnämnden att gemensamt se över avtalen.\n",
    );
    expect(found.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([
      ["kommunstyrelsen", "barn-och-utbildningsnamnden"],
    ]);
  });

  it("reads a table of recommendations by its columns, and no other table", () => {
    const found = audit(
      "Granskning av upphandlingen\n\nRevisionsfråga\tSvar\nFöljs avtalen?\tDelvis.\n\n5. Rekommendationer\n\nNr\tRekommendation\tAnsvarig nämnd\n1\tSäkerställ att avtalstroheten följs upp varje år.\tKommunstyrelsen\n2\tInför rutiner för direktupphandling.\tSocialnämnden\n\nBilaga 1\n\nÅr\tBelopp\n2024\tTolv miljoner kronor i direktupphandlingar\n",
    );
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.id)])).toEqual([
      ["Säkerställ att avtalstroheten följs upp varje år.", ["kommunstyrelsen"]],
      ["Inför rutiner för direktupphandling.", ["socialnamnden"]],
    ]);
    expect(found.questions.map((q) => q.text)).toEqual(["Följs avtalen?"]);
  });

  it("names an addressee it does not know as the report spells it, å, ä and ö included", () => {
    const found = audit(
      "Granskning av tillsynen\n\nRekommendationer till Miljö- och hälsoskyddsnämnden:\n\n• Säkerställ att tillsynsplanen följs upp varje år.\n",
    );
    expect(found.recommendations[0]?.to).toEqual([]);
    expect(found.recommendations[0]?.unknownTo).toEqual(["Miljö- och hälsoskyddsnämnden"]);
  });

  it("joins a paragraph that a blank line broke mid-sentence, a lone line taken for a heading too", () => {
    const blocks = textBlocks(
      "Utvecklingsarbetet har knutit an till den nya lagen som\n\nbeskrivs tidigare i ärendet.\n\nInledning\n\nText som börjar med versal.\n",
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      [
        "paragraph",
        "Utvecklingsarbetet har knutit an till den nya lagen som beskrivs tidigare i ärendet.",
      ],
      ["heading", "Inledning"],
      ["paragraph", "Text som börjar med versal."],
    ]);
  });

  it.each([
    [
      "a Norwegian perfect of 'få'",
      "Byggesaksavdelingen har fått en ekstra stilling fra 1. oktober 2026.",
    ],
    ["a Danish perfect of 'få'", "Afdelingen har nu fået en ny medarbejder fra 1. oktober 2026."],
    [
      "a signature with its date in words",
      "Kontrollutvalgssekretariatet, 30. november 2026 Ingrid Solbakken",
    ],
    ["a subheading of a few words", "En plan före mars"],
    ["a page's modified date under a label", "Date modified: 2026-09-14"],
    ["a page's update date in words", "Date of last update: October 2, 2026"],
    ["a page's update date after the weekday", "Last updated: Thursday, August 27, 2026"],
    ["a page's change date without a colon", "Sidan senast ändrad 3 september 2026"],
    ["a step begun in the past", "Klassningen påbörjades i september 2026."],
    ["a step opened in the past", "Arbetet inleddes i mars 2026."],
    [
      "the deadline for the body's own answer",
      "Nämnden ska lämna yttrande till revisorerna senast den 28 februari 2026.",
    ],
    [
      "a referral's deadline",
      "Remiss från kommunstyrelsen, dnr 329/2026, för yttrande senast 2026-12-04.",
    ],
    [
      "the answer's due day said of the answer",
      "Svaret ska ha inkommit senast den 15 december 2026.",
    ],
  ])("takes %s for no promise", (_, line) => {
    expect(
      firstSectionDueDays(
        `Yttrande\n\nRekommendation 1: Säkerställ uppföljningen.\n\nNämnden instämmer. Uppföljningen redovisas för nämnden senast den 30 juni 2026.\n\n${line}\n`,
      ),
    ).toEqual(["2026-06-30"]);
  });

  it("reads two steps joined by 'och' as two measures, one step with two dates as one", () => {
    const due = (sentence: string) =>
      firstSectionDueDays(
        `Yttrande\n\nRekommendation 1: Säkerställ uppföljningen.\n\nNämnden instämmer. ${sentence}\n`,
      );
    expect(
      due(
        "En rutin införs under första kvartalet 2026 och en plan fastställs senast 30 juni 2026.",
      ),
    ).toEqual(["2026-03-31", "2026-06-30"]);
    // The second part has no subject of its own: the same step, one measure.
    expect(
      due("En riskanalys tas fram under hösten 2026 och ska vara beslutad senast i november 2026."),
    ).toEqual(["2026-11-30"]);
    // When the step takes effect is no due date: the step is dated by when it is done.
    expect(
      due("En gemensam plan tas fram under vårterminen 2026 och ska gälla från läsåret 2026/27."),
    ).toEqual(["2026-06-30"]);
  });

  it("takes a step offered instead of a recommendation declined for no measure of it", () => {
    const due = (answer: string) =>
      firstSectionDueDays(
        `Yttrande\n\nRekommendation 1: Utred samtliga utbetalningar.\n\n${answer}\n`,
      );
    expect(
      due(
        "Nämnden instämmer inte. Nämnden kommer i stället att göra stickprov varje månad från och med juni 2026.",
      ),
    ).toEqual([]);
    expect(
      due(
        "The committee does not agree. The department will instead sample payments by 30 June 2026.",
      ),
    ).toEqual([]);
    // Declined, yet a step of its own offered "however", not in its place, is kept.
    expect(
      due(
        "The committee does not agree. The department will, however, add a field by 30 June 2026.",
      ),
    ).toEqual(["2026-06-30"]);
    // Agreed in part, a step in place of part of it is a measure.
    expect(
      due(
        "Nämnden instämmer delvis. Nämnden kommer i stället att göra stickprov senast den 30 juni 2026.",
      ),
    ).toEqual(["2026-06-30"]);
  });

  it("reads a meeting page's 'Rekommendation N:' lines apart from the answer on the next line, labelled or not", () => {
    const text =
      "Rekommendation 1: Fastställa mål för arbetet.\nFörvaltningens svar: Förvaltningen delar bedömningen. Mål tas fram senast i juni 2026.\n\nRekommendation 2: Säkerställa tillgång till skolpsykolog.\nFörvaltningens svar: Rekommendationen tillgodoses delvis. En tjänst har utlysts och beräknas vara tillsatt den 1 mars 2026.\n\nRekommendation 3: Införa ett gemensamt system.\nFörvaltningen bedömer inte att ett nytt system behövs.\n";
    expect(textBlocks(text).map((b) => b.text.slice(0, 30))).toEqual([
      "Rekommendation 1: Fastställa m",
      "Förvaltningens svar: Förvaltni",
      "Rekommendation 2: Säkerställa ",
      "Förvaltningens svar: Rekommend",
      "Rekommendation 3: Införa ett g",
      "Förvaltningen bedömer inte att",
    ]);
    const result = importDocument({
      name: "svar.txt",
      text: `Svar på revisionsrapport\n\n${text}`,
      kind: "response",
      organisation: { id: "k", bodies },
    });
    const { sections } = result.extracted as ImportedResponse;
    expect(sections.map((s) => [s.text, s.stance, s.measures.map((m) => m.due?.end)])).toEqual([
      ["Fastställa mål för arbetet.", "agrees", ["2026-06-30"]],
      ["Säkerställa tillgång till skolpsykolog.", "partly-agrees", ["2026-03-01"]],
      ["Införa ett gemensamt system.", "disagrees", []],
    ]);
  });

  it("opens the list's next item behind a page's number run into its line ('2 3. Nämnden bör …')", () => {
    const result = importDocument({
      name: "svar.txt",
      text: "Yttrande\n\nRevisorerna lämnar tre rekommendationer:\n\n1. Nämnden bör säkerställa att påminnelser skickas.\nKommentar: Nämnden instämmer. En bevakningslista tas i bruk i april 2026.\n\n2. Nämnden bör besöka huvudmän.\nKommentar: Nämnden instämmer inte.\n\n2 3. Nämnden bör utbilda samtliga handläggare.\nKommentar: Instämmer delvis. Två handläggare går en utbildning under andra tertialet 2026.\n",
      kind: "response",
      organisation: { id: "k", bodies },
    });
    const { sections } = result.extracted as ImportedResponse;
    expect(sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "Nämnden bör säkerställa att påminnelser skickas.", "agrees"],
      [2, "Nämnden bör besöka huvudmän.", "disagrees"],
      [3, "Nämnden bör utbilda samtliga handläggare.", "partly-agrees"],
    ]);
    expect(sections[2]?.measures.map((m) => m.due?.end)).toEqual(["2026-08-31"]);
  });

  it("reads a proposed decision that answers a recommendation by number before the text lists it", () => {
    const result = importDocument({
      name: "svar.txt",
      text: "Yttrande över revisionsrapport\n\nFörslag till beslut\n1. Nämnden beslutar att som svar på rekommendation 1 uppdra åt förvaltningen att införa en mätning senast den 1 juni 2026.\n2. Nämnden beslutar att inte genomföra rekommendation 2.\n\nÄrendebeskrivning\nRevisorerna lämnar följande rekommendationer till nämnden:\n1. Mät hur många medarbetare varje brukare möter.\n2. Inför fasta lag.\n\nFörvaltningen delar revisorernas bedömning när det gäller mätningen.\n\nFasta lag går inte att bemanna. Förvaltningen föreslår därför att rekommendationen inte genomförs.\n",
      kind: "response",
      organisation: { id: "k", bodies },
    });
    const { sections } = result.extracted as ImportedResponse;
    expect(sections.map((s) => [s.number, s.measures.map((m) => m.due?.end)])).toEqual([
      [1, ["2026-06-01"]],
      [2, []],
    ]);
  });

  it("keeps a promise that begins with 'Updated' or 'Reviewed' before a noun", () => {
    expect(
      firstSectionDueDays(
        "Yttrande\n\nRekommendation 1: Säkerställ uppföljningen.\n\nAgreed. Updated guidance will be issued by 30 June 2026.\n",
      ),
    ).toEqual(["2026-06-30"]);
  });

  it("keeps an assignment received ('har fått i uppdrag att …') as a promise", () => {
    expect(
      firstSectionDueDays(
        "Yttrande\n\nRekommendation 1: Säkerställ uppföljningen.\n\nNämnden instämmer. Förvaltningen har fått i uppdrag att ta fram en plan senast den 30 juni 2026.\n",
      ),
    ).toEqual(["2026-06-30"]);
  });

  it("does not take a national agency's plans for the body's measures", () => {
    expect(
      firstSectionDueDays(
        "Yttrande\n\nRekommendation 1: Säkerställ uppföljningen.\n\nNämnden instämmer. Uppföljningen redovisas för nämnden senast den 30 juni 2026.\n\nSocialstyrelsens slutrapport med förslag på ett nytt register samt en\n\nplan för genomförandet publiceras i början av 2026.\n",
      ),
    ).toEqual(["2026-06-30"]);
  });

  // "Från och med 2026" starts a practice in 2026: it is kept once that year is over.
  it("reads the dates municipal documents use: 'från och med', 'årsskiftet', 'läsåret', 'vecka'", () => {
    expect(
      firstSectionDueDays(
        "Yttrande\n\nRekommendation 1: Följ upp planen varje år.\n\nNämnden instämmer delvis.\n\n- Uppföljningen införs i årsredovisningen från och med 2026.\n- Rutinen ses över vid årsskiftet 2025/2026.\n- Skolorna prövar modellen under läsåret 2025/26.\n- Utbildningen hålls vecka 40 2025.\n",
      ),
    ).toEqual(["2026-12-31", "2026-01-01", "2026-06-30", "2025-10-05"]);
  });

  it("ends a response in minutes at the next agenda item, but not at its own numbered chapter", () => {
    const minutes = (next: string) =>
      firstSectionDueDays(
        `3 Yttrande över revisorernas granskning av hemtjänsten\n\nDiarienummer 2025/SN 0163\n\nRekommendation 1: Följ upp planen varje år.\n\nNämnden instämmer. Planen följs upp i mars 2026.\n\n${next}\n\nRutinen revideras senast juni 2026.\n`,
      );
    // Another matter, with its own diary number: its dates are not the response's.
    expect(minutes("4 Delårsrapport per augusti 2025\n\nDiarienummer 2025/SN 0190")).toEqual([
      "2026-03-31",
    ]);
    // The response's own chapter goes on answering.
    expect(minutes("4 Förvaltningens åtgärder")).toEqual(["2026-03-31", "2026-06-30"]);
  });

  it("takes a decision's citation for no promise, but a promise that cites a paragraph for one", () => {
    expect(
      firstSectionDueDays(
        "Yttrande\n\nRekommendation 1: Följ upp planen varje år.\n\nNämnden instämmer. Planen följs upp i mars 2026. Källa: Socialnämnden, 9 december 2025, § 131.\n\nRutinen enligt § 4 i reglementet revideras senast juni 2026.\n",
      ),
    ).toEqual(["2026-03-31", "2026-06-30"]);
  });

  it("drops a web page's update line, but keeps a sentence that begins with the same word", () => {
    const texts = textBlocks(
      "Granskning av hemtjänsten\n\nPublicerad rapport visar brister i uppföljningen.\n\nSidan uppdaterades den 27 mars 2026\n\nSenast uppdaterad: 2026-03-27\n",
    ).map((b) => b.text);
    expect(texts).toEqual([
      "Granskning av hemtjänsten",
      "Publicerad rapport visar brister i uppföljningen.",
    ]);
  });

  it("starts an inline list after a dash between words earlier in the paragraph", () => {
    const blocks = textBlocks(
      "Granskning av lönesystemet - svar på revisionsskrivelse. Revisorerna lämnar tre rekommendationer. - Nämnden bör se över rutinerna. - Nämnden bör minska behörigheterna. - Nämnden bör införa en logglista.\n",
    );
    expect(blocks.filter((b) => b.kind === "item").map((b) => b.text)).toEqual([
      "Nämnden bör se över rutinerna.",
      "Nämnden bör minska behörigheterna.",
      "Nämnden bör införa en logglista.",
    ]);
  });

  it("reads no list into dashes around words after a sentence", () => {
    const blocks = textBlocks(
      "Nämnden har tagit del av rapporten. Arbetet - som har pågått - ska fortsätta - och redovisas i juni.",
    );
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph"]);
  });

  it("takes a chapter's number and title inside a line for a heading only before a capital letter", () => {
    const blocks = textBlocks(
      "Vi har granskat rutinerna. 3. Sammanfattande bedömning och rekommendationer\nfinns i kapitel tre.\n\nVi har granskat rutinerna. 2. Bakgrund till granskningen är ett beslut.\n\nVi har granskat rutinerna. 2. Bakgrund Granskningen beslutades 2023.\n",
    );
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["2. Bakgrund"]);
  });
});

describe("directives read wherever they stand (fourth round)", () => {
  it("gives a directive to the body it is said of, whatever clause judges before it (property)", () => {
    const judge = fc.constantFrom(
      "Vi bedömer att",
      "Revisorerna anser att",
      "Revisionen konstaterar att",
      "Vi menar också att",
      "Sammantaget bedömer vi att",
    );
    const modal = fc.constantFrom("bör", "behöver", "måste");
    fc.assert(
      fc.property(
        judge,
        fc.constantFrom(...bodies.slice(0, 3)),
        modal,
        recommendation,
        (lead, body, verbWord, rest) => {
          const sentence = `${lead} ${body.name.toLowerCase()} ${verbWord} ${rest[0]?.toLowerCase()}${rest.slice(1)}`;
          const found = audit(`Granskning av verksamheten\n\nBedömning\n\n${sentence}\n`);
          expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.id)])).toEqual([
            [sentence, [body.id]],
          ]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads 'föreslår', the verb after a lead, 'måste', imperatives in a recommendations section and Norwegian 'at'", () => {
    expect(
      audit(
        "Granskning av intern kontroll\n\nVi föreslår att socialnämnden tar fram en riskanalys inför varje år.\n",
      ).recommendations.map((r) => r.to.map((b) => b.id)),
    ).toEqual([["socialnamnden"]]);
    expect(
      audit(
        "Granskning av intern kontroll\n\nVår bedömning är att kontrollen brister. Enligt vår bedömning bör kommunstyrelsen ta fram en plan för uppföljning. Kommunstyrelsen måste säkerställa att beslut verkställs.\n",
      ).recommendations.map((r) => r.to.map((b) => b.id)),
    ).toEqual([["kommunstyrelsen"], ["kommunstyrelsen"]]);
    expect(
      audit(
        "Granskning av socialnämndens bemanning\n\nRekommendationer\n\nSäkerställ att internkontrollplanen följs upp två gånger per år.\n\nTa fram en dokumenterad riskanalys.\n",
      ).recommendations.map((r) => [r.text, r.to.map((b) => b.id)]),
    ).toEqual([
      ["Säkerställ att internkontrollplanen följs upp två gånger per år.", ["socialnamnden"]],
      ["Ta fram en dokumenterad riskanalys.", ["socialnamnden"]],
    ]);
    expect(
      audit(
        "Forvaltningsrevisjon\n\nRevisjonen anbefaler at kommunestyret vedtar en plan for internkontroll.\n",
      ).recommendations.map((r) => r.unknownTo),
    ).toEqual([["kommunestyret"]]);
  });

  it("takes no directive from a sentence about what others should do in the past or a count of recommendations", () => {
    expect(
      audit(
        "Granskning av intern kontroll\n\nBedömning\n\nRevisionsnämnden lägger fram 31 rekommendationer om åtgärder som kommunstyrelsen bör vidta. Inför 2025 har nämnden antagit en plan.\n",
      ).recommendations,
    ).toEqual([]);
  });
});

describe("a sentence that announces how many recommendations follow (seventh round)", () => {
  it("opens no list of whatever follows: items need a recommendation's shape, and no more than announced", () => {
    expect(
      audit(
        "Granskning av investeringar\n\n1. Sammanfattning\nVi har granskat kommunstyrelsens investeringar. Vi lämnar fyra rekommendationer. De redovisas i avsnitt 4.\n\nGranskning av investeringar\n2. Inledning\nSyftet är att bedöma styrningen. Revisionsfrågor:\n• Finns ändamålsenliga riktlinjer?\n• Sker uppföljning av projekten?\n",
      ).recommendations,
    ).toEqual([]);
    expect(
      audit(
        "Granskning av bemanningen\n\nVi lämnar två rekommendationer.\n\n• Socialnämnden bör ta fram en plan för kompetensförsörjningen.\n• Kommunstyrelsen bör följa upp sjukfrånvaron varje kvartal.\n• Socialnämnden bör se över schemaläggningen.\n",
      ).recommendations.map((r) => r.to.map((b) => b.id)),
    ).toEqual([["socialnamnden"], ["kommunstyrelsen"]]);
  });
});

describe("Word's tabs after a list's marks (seventh round)", () => {
  it("reads 'a)⇥text' as an item and '2.1⇥Bakgrund' as a heading, and ends an item where a new sentence begins at the margin", () => {
    const found = audit(
      "Granskning av krisberedskapen\n\n2.1\tBakgrund\nText om lagen.\n\n5\tRekommendationer\nRevisorerna rekommenderar kommunstyrelsen att\na)\tfastställa en plan för övning av krisledningen,\nb)\tsäkerställa att reservkraften testas varje år.\nRevisorerna rekommenderar vidare socialnämnden att pröva kontinuitetsplanerna årligen.\n",
    );
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.id)])).toEqual([
      ["fastställa en plan för övning av krisledningen", ["kommunstyrelsen"]],
      ["säkerställa att reservkraften testas varje år.", ["kommunstyrelsen"]],
      [
        "Revisorerna rekommenderar vidare socialnämnden att pröva kontinuitetsplanerna årligen.",
        ["socialnamnden"],
      ],
    ]);
  });
});

describe("dates of a response's papers and head (seventh round)", () => {
  it("takes no paper the decision rests on, nor a head with its labels and page number, for a promise", () => {
    const text =
      "Svar på granskning av underhåll\n\nRekommendation 1: Nämnden bör upprätta en underhållsplan.\n\nNämnden instämmer. Datum Vår beteckning 2 (3) 2026-04-14 TN 26/0031. Planen antas senast i juni 2026.\n\nBeslutsunderlag\n\nRevisionsrapport Underhåll av gator och vägar, mars 2026\n";
    expect(firstSectionDueDays(text)).toEqual(["2026-06-30"]);
    // What was done ("har bedömts", "antecknade", "commenced") is no promise, unless a promise
    // follows it in the same sentence ("…, och en plan för tio år framåt blir klar …").
    expect(
      firstSectionDueDays(
        "Svar på granskning\n\nRekommendation 1: Nämnden bör ta fram en underhållsplan.\n\nNämnden instämmer. Skicket har bedömts under våren 2026. Fullmäktige antecknade svaret 22.9.2026. Skicket har bedömts under våren 2026, och en underhållsplan för tio år framåt blir klar under hösten 2026.\n",
      ),
    ).toEqual(["2026-12-31"]);
    // A practice under way since a month, said inside the sentence, is no promise either.
    expect(
      firstSectionDueDays(
        "Svar på granskning\n\nRekommendation 1: Nämnden bör följa upp kostnaderna.\n\nNämnden instämmer; uppföljningen redovisas sedan januari 2026 i månadsrapporten.\n",
      ),
    ).toEqual([]);
  });
});

describe("the recommendation as a noun (eighth round)", () => {
  it("reads 'Vår rekommendation till X är att …' as a recommendation to X, and without 'till X' the body after 'att'", () => {
    const found = audit(
      "Granskning av närvaro\n\nRekommendationer\n\nVår rekommendation till socialnämnden är att analysera orsakerna till den låga närvaron. Vår rekommendation är att kommunstyrelsen förtydligar arbetsordningen. Vår bedömning är att närvaron är låg.\n",
    );
    expect(found.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([
      ["socialnamnden"],
      ["kommunstyrelsen"],
    ]);
  });
});

describe("marks around a recommendation that are not its words (eighth round)", () => {
  it("drops a paragraph's number, a page's number after the last stop, and a quotation's dash and speaker", () => {
    const found = audit(
      "Granskning av lokaler\n\nRekommendationer\n\n19 Socialnämnden bör publicera en plan för lokalerna senast i mars.\n\n– Kommunstyrelsen bör följa upp hyreskostnaderna varje år, säger revisor Eva Lind.\n\nInventeringen saknas i dag för flera skolor. Barn- och utbildningsnämnden bör inventera skolornas lokaler. 6\n",
    );
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.id)])).toEqual([
      ["Socialnämnden bör publicera en plan för lokalerna senast i mars.", ["socialnamnden"]],
      ["Kommunstyrelsen bör följa upp hyreskostnaderna varje år", ["kommunstyrelsen"]],
      [
        "Barn- och utbildningsnämnden bör inventera skolornas lokaler.",
        ["barn-och-utbildningsnamnden"],
      ],
    ]);
  });
});

describe("what will be done after a form of 'be', and a promise after what was done (eighth round)", () => {
  it("reads 'skal være vedtatt innen', 'will be completed by' and 'har tagits fram och ska … från och med' as promises", () => {
    const due = (answer: string) =>
      firstSectionDueDays(
        `Svar på granskning\n\nRekommendation 1: Nämnden bör ta fram en rutin.\n\n${answer}\n`,
      );
    expect(due("Rådmannen er enig. Rutinen skal være vedtatt innen 1. mars 2027.")).toEqual([
      "2027-03-01",
    ]);
    expect(due("Management agrees. The review will be completed by 30 June 2027.")).toEqual([
      "2027-06-30",
    ]);
    expect(
      due(
        "Nämnden instämmer. En mall har tagits fram och ska användas från och med den 1 januari 2027.",
      ),
    ).toEqual(["2027-01-01"]);
    // A signature's date, a letter's place and date before its signer, the next agenda item
    // and what was handed in are no promises.
    expect(
      due(
        "Nämnden instämmer. Rutinen antas senast 30 juni 2027.\n\nKommunstyrelsen lämnade sitt yttrande den 7 oktober 2026.\n\nMolde, 28.10.2026 Hans Bø kontrollsjef\n\nSignature: ________ Date: 11/02/2026\n\nÄrende 4 Delegationsbeslut under oktober 2026.",
      ),
    ).toEqual(["2027-06-30"]);
    // Done, with nothing promised after it, is still no promise.
    expect(due("Nämnden instämmer. Rutinen vedtatt 1. mars 2026 gjelder.")).toEqual([]);
  });
});

describe("recommending verbs and passives (seventh round)", () => {
  it("reads Norwegian and Danish passives ('anbefales X å:', 'Det anbefales at X …'), 'uppmanar' / 'uppmanas att', 'Jag rekommenderar', 'Det är angeläget att X …' and Norwegian 'også' / 'Videre bør'", () => {
    expect(
      audit(
        "Forvaltningsrevisjon\n\nPå bakgrunn av funnene anbefales kommunestyret å:\n\n• utarbeide skriftlige rutiner for innkjøp\n• sørge for at alle avtaler arkiveres\n",
      ).recommendations.map((r) => [r.text, r.unknownTo]),
    ).toEqual([
      ["utarbeide skriftlige rutiner for innkjøp", ["kommunestyret"]],
      ["sørge for at alle avtaler arkiveres", ["kommunestyret"]],
    ]);
    expect(
      audit(
        "Forvaltningsrevisjon\n\nDet anbefales at kommunestyret utarbeider en plan for vedlikehold.\n",
      ).recommendations.map((r) => r.unknownTo),
    ).toEqual([["kommunestyret"]]);
    expect(
      audit(
        "Uppföljning av ärendehantering\n\nJag rekommenderar regionstyrelsen att fastställa en tidplan för systemet. Det är angeläget att socialnämnden fastställer regler för bidrag.\n",
      ).recommendations.map((r) => [...r.to.map((b) => b.id), ...r.unknownTo]),
    ).toEqual([["regionstyrelsen"], ["socialnamnden"]]);
    expect(
      audit(
        "Forvaltningsrevisjon\n\nVi anbefaler også at kommunestyret vurderer en ny plan. Videre bør kommunestyret rapportere status to ganger i året.\n",
      ).recommendations.map((r) => r.unknownTo),
    ).toEqual([["kommunestyret"], ["kommunestyret"]]);
    expect(
      audit(
        "Granskning av ekonomin\n\nRevisorerna uppmanar kommunstyrelsen att anta en plan för hur underskottet ska återställas. Socialnämnden uppmanas att följa upp kostnaderna varje månad.\n",
      ).recommendations.map((r) => r.to.map((b) => b.id)),
    ).toEqual([["kommunstyrelsen"], ["socialnamnden"]]);
  });
});

describe("addressees by stem", () => {
  it("matches a body written without its definite ending, with another, or without a name's hyphen", () => {
    const found = reportRead(
      "Granskning av skolan\n\nRekommendationer\n\nSocialnämnd bör ta fram en plan för uppföljning.\n\nVi rekommenderar barn och utbildningsnämnden att se över rutinerna.\n",
      { id: "k", bodies },
      "x.txt",
    );
    expect(found.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([
      ["socialnamnden"],
      ["barn-och-utbildningsnamnden"],
    ]);
  });
});

describe("responses in general form (fourth round)", () => {
  const sections = (text: string) =>
    responseRead(text, { id: "k", bodies }, "x.txt").sections.map((s) => [
      s.text,
      s.stance,
      s.measures.map((m) => (m.responsible ? `${m.due?.end} ${m.responsible}` : m.due?.end)),
    ]);

  it("reads who is responsible wherever the measure's sentence or item names a unit or officer", () => {
    expect(
      sections(
        "Nämndens handlingsplan\n\nRekommendation 1. Fastställ mål för elevhälsan.\n\n • Vad: Förvaltningen tar fram mätbara mål.\n • Ansvar: Verksamhetschef elevhälsa\n • Klart: Senast 30 april 2027\n\nRekommendation 2. Ta fram en rutin för tillsvidareanställningar.\n\nNämnden instämmer. Rutinen ska fastställas av personaldirektören till den 31 maj 2027.\n\nRekommendation 3. Klassa systemen.\n\nNämnden instämmer. Klassningen är klar senast 30 juni 2027. Ansvarig är regionens informationssäkerhetssamordnare.\n\nRekommendation 4. Inför en ny rutin.\n\nNämnden instämmer. Rutinen ska beslutas av nämnden senast 30 september 2027.\n",
      ).map(([, , measures]) => measures),
    ).toEqual([
      ["2027-04-30 Verksamhetschef elevhälsa"],
      ["2027-05-31 personaldirektören"],
      ["2027-06-30 regionens informationssäkerhetssamordnare"],
      // The committee that decides is not named as the one who carries it out.
      ["2027-09-30"],
    ]);
  });

  it("reads who answers for a step from a sentence after it that names the officer as its subject, or the label said as a sentence", () => {
    expect(
      sections(
        "Nämndens yttrande\n\nRekommendation 1. Redovisa kostnaderna per verksamhet.\n\nNämnden instämmer. En ny tabell tas fram till bokslutet i februari 2027. Ekonomichefen ansvarar för att tabellen tas fram.\n\nRekommendation 2. Skriv en anvisning för tidsredovisning.\n\nNämnden instämmer. Anvisningen tas fram före utgången av maj 2027. Ansvarig för anvisningen är HR-chefen.\n\nRekommendation 3. Inför en ny rutin.\n\nNämnden instämmer. Rutinen införs i september 2027. Nämnden ansvarar för att rutinen följs.\n",
      ).map(([, , measures]) => measures),
    ).toEqual([
      ["2027-02-28 Ekonomichefen"],
      ["2027-05-31 HR-chefen"],
      // A committee that answers for something is not named as the one who carries it out.
      ["2027-09-30"],
    ]);
  });

  it("names an officer after a passive verb with the unit the officer belongs to, where one follows", () => {
    expect(
      sections(
        "Nämndens yttrande\n\nRekommendation 1. Följ upp besöken.\n\nNämnden instämmer. Besöken följs månadsvis av enhetschefen för familjehemsenheten från och med den 1 mars 2027.\n\nRekommendation 2. Stäm av kontona.\n\nNämnden instämmer. Avstämningen görs av ekonomichefen i samband med bokslutet senast 31 januari 2027.\n",
      ).map(([, , measures]) => measures),
    ).toEqual([
      ["2027-03-01 enhetschefen för familjehemsenheten"],
      // "i samband med" names no unit: the officer stands alone.
      ["2027-01-31 ekonomichefen"],
    ]);
  });

  it("reads 'Rekommendation N' behind its chapter's number ('3.1 Rekommendation 1')", () => {
    expect(
      sections(
        "Region Österland · Yttrande över granskning av informationssäkerhet\n\n3 Regionstyrelsens svar på rekommendationerna\n\nRevisorerna har lämnat två rekommendationer. Nedan redovisas styrelsens svar på var och en av dem.\n\n3.1 Rekommendation 1\nRegionstyrelsen bör klassa systemen.\nRegionstyrelsens svar: Regionstyrelsen instämmer. Klassningen är klar senast 30 juni 2027.\n\n3.2 Rekommendation 2\nRegionstyrelsen bör inrätta ett råd.\nRegionstyrelsens svar: Regionstyrelsen gör en annan bedömning än revisorerna.\n",
      ).map(([text, stance]) => [text, stance]),
    ).toEqual([
      ["Regionstyrelsen bör klassa systemen.", "agrees"],
      ["Regionstyrelsen bör inrätta ett råd.", "disagrees"],
    ]);
  });

  it("reads 'Anbefaling N:' after the page's number where a transcript gives a page to a line", () => {
    expect(
      sections(
        "Rådmannens kommentar til forvaltningsrevisjonsrapporten\n\n1 Lierfjord kommune Rådmannen Vår ref.: 2026/1183\n\n2 Anbefaling 1: Rådmannen bør etablere en skriftlig rutine. Rådmannens kommentar: Rådmannen er enig i anbefalingen. Rutinen skal være på plass innen 1. mars 2027. Anbefaling 2: Rådmannen bør rapportere årlig. Rådmannens kommentar: Rådmannen er ikke enig.\n",
      ),
    ).toEqual([
      ["Rådmannen bør etablere en skriftlig rutine.", "agrees", ["2027-03-01"]],
      ["Rådmannen bør rapportere årlig.", "disagrees", []],
    ]);
  });

  it("reads 'Revisorernas rekommendation N:' headings and answers labelled on the next line", () => {
    expect(
      sections(
        "Socialnämndens yttrande\n\nDatum: 2025-10-01\n\nRevisorernas rekommendation 1: Säkerställ att rutinen följs.\n\nNämndens svar: Nämnden instämmer. En ny rutin antas senast 31 december 2025.\n\nRekommendation: Ta fram en plan för uppföljning.\nKommentar: Nämnden ser inget behov av en ny plan.\n",
      ),
    ).toEqual([
      ["Säkerställ att rutinen följs.", "agrees", ["2025-12-31"]],
      ["Ta fram en plan för uppföljning.", "disagrees", []],
    ]);
  });

  it("keeps 'Response:' and 'Owner:' lines out of the recommendation they follow", () => {
    expect(
      sections(
        "Management response\n\nRecommendation 1\nThe Council should establish a contract register.\nResponse: Agreed. A register will be in place by 31 March 2026.\nOwner: Head of Procurement\n",
      ),
    ).toEqual([
      [
        "The Council should establish a contract register.",
        "agrees",
        ["2026-03-31 Head of Procurement"],
      ],
    ]);
  });

  it("answers a list of recommendations after it: each promise to the one whose words it shares, a stance of them all to each", () => {
    expect(
      sections(
        "Svar på revisionsrapport\n\nDatum: 2025-10-01\n\nRevisorerna rekommenderar socialnämnden att:\n1. säkerställa att rutinen följs\n2. ta fram en plan\n\nSocialnämnden instämmer i rekommendationerna. Rutinen revideras senast i december och planen tas fram under första kvartalet 2026.\n",
      ),
    ).toEqual([
      ["säkerställa att rutinen följs", "agrees", ["2025-12-31"]],
      ["ta fram en plan", "agrees", ["2026-03-31"]],
    ]);
  });
});

describe("the kind of a Nordic report with the answer it got appended", () => {
  const page = (n: number, text: string) => `${n} Forvaltningsrevisjon: "Innkjøp" ${text}`;
  const report = [
    'FORVALTNINGSREVISJON HAVLI KOMMUNE "INNKJØP"',
    'Last ned "FORVALTNINGSREVISJON HAVLI KOMMUNE "INNKJØP""',
    page(1, "Innhald 1 Innleiing 2 Funn 3 Tilrådingar Vedlegg: Rådmannen si fråsegn"),
    page(
      2,
      "Revisjonen har gått gjennom 40 innkjøp. 12 av dei var ikkje kunngjorde. Revisjonen meiner at kommunen ikkje har god nok kontroll med innkjøpa.",
    ),
    page(
      3,
      "TILRÅDINGAR Revisjonen tilrår at rådmannen sørgjer for at alle innkjøp over terskelverdien vert kunngjorde. Vi tilrår vidare at kontrollutvalet ber om ei skriftleg melding innan 1. juni 2027.",
    ),
    page(
      4,
      "VEDLEGG: RÅDMANNEN SI FRÅSEGN Rådmannen har fått rapporten til uttale. Rådmannen seier seg samd i tilrådingane og er samd i funna.",
    ),
  ].join("\n\n");

  it("reads it as a report: the quoted title within a quoted title, and 'tilrår'", () => {
    const read = kindByRules(report);
    expect(read.kind).toBe("audit");
    expect(read.confidence).toBeGreaterThan(0.5);
  });

  it("still reads the answer as a response when it stands alone", () => {
    expect(
      kindByRules(
        "Rådmannen si fråsegn til forvaltningsrevisjonen\n\nRådmannen seier seg samd i tilrådingane og er samd i funna. Rådmannen er delvis samd i at rutinen er gammal.",
      ).kind,
    ).toBe("response");
  });
});

describe("the kind of a committee's minutes that report management's answers", () => {
  const minutes = (answers: string) =>
    `Issue - meetings\n\nInternal Audit Report – Payroll\n\nThe report stated that the audit had made three recommendations: (1) the Payroll Manager should review overtime claims monthly; (2) leavers should be removed from the payroll before their last day; and (3) the service should reconcile pension deductions each quarter.\n\n${answers}\n\nThe Committee resolved:- to note the report.`;

  it("reads answers in reported speech as a response's", () => {
    const read = kindByRules(
      minutes(
        "The Head of HR explained that the service accepted the recommendation on overtime. The Chief Officer advised that the service did not agree with removing leavers early. The Chief Officer advised that reconciliation had been agreed in part.",
      ),
    );
    expect(read.kind).toBe("response");
  });

  it("takes no auditor's promise to follow up 'the agreed actions' for an answer", () => {
    expect(
      kindByRules(
        minutes(
          "The Chief Internal Auditor confirmed that she would follow up the agreed actions and report progress.",
        ),
      ).kind,
    ).toBe("audit");
  });
});

describe("the kind of a document that answers (fourth round)", () => {
  it.each([
    [
      "Kommunedirektørens uttalelse til forvaltningsrevisjonsrapporten\n\nRevisjonen anbefaler at kommunen utarbeider rutiner. Kommunedirektøren tar anbefalingen til følge og vil utarbeide rutiner innen 1. juni 2026. Revisjonen anbefaler også at kommunen styrker opplæringen. Kommunedirektøren støtter anbefalingen.",
    ],
    [
      "Audit Committee 12 March 2026\n\nInternal Audit Report: Payroll\n\nInternal Audit recommends that payroll exceptions are reviewed monthly. Management comment: This will be implemented by 30 June 2026. Internal Audit recommends that leavers are processed promptly. Management comment: Agreed.",
    ],
    [
      "Socialnämnden\n\nSvar till revisorerna angående granskning av hemtjänsten\n\nRevisorerna rekommenderar nämnden att säkerställa att planerad tid följs upp. Nämnden välkomnar rekommendationen och kommer att införa uppföljning från och med mars 2026. Revisorerna rekommenderar även nämnden att se över bemanningen. Nämnden ser inget behov av att ändra bemanningen.",
    ],
  ])("reads a response that retells the recommendations it answers as a response: %#", (text) => {
    expect(guessKind(text).kind).toBe("response");
  });

  it("reads a writer's position under its label after each recommendation as a response's answer", () => {
    const recommendation = (n: number, position: string) =>
      `Recommendation ${n}\n\nThe Directorate should review the maintenance budget for area ${n}.\n\n${position}\n\nThe Directorate will act by 30 June 2027.\n\n`;
    const text = `Government Response\n\nThe performance audit made three recommendations.\n\n${recommendation(1, "Government position: Agreed")}${recommendation(2, "Government position: Not agreed")}${recommendation(3, "Government position: Agreed in principle")}`;
    expect(guessKind(text).kind).toBe("response");
    // Without the labels, the same "should" sentences are the report's own.
    expect(guessKind(text.replace(/Government position: [^\n]+/gu, "")).kind).toBe("audit");
  });

  it("reads an answer retold with the verb before its subject as a response, as in the body's own order", () => {
    const lead =
      "Kommunstyrelsen lovar bättring\n\nRevisorerna rekommenderar kommunstyrelsen att dokumentera köpen. Revisorerna rekommenderar också att beställarna utbildas.\n\n";
    for (const answer of [
      "Styrelsen håller helt med revisorerna. Kravet på utbildning ställer sig styrelsen bakom.",
      "När det gäller dokumentationen håller styrelsen helt med revisorerna. Även kravet på utbildning ställer sig styrelsen bakom.",
      "Den andra rekommendationen säger styrelsen däremot nej till. På den första punkten är styrelsen bara delvis enig med revisorerna.",
    ])
      expect(guessKind(`${lead}${answer}`).kind, answer).toBe("response");
  });

  it("counts a report's words it quotes for the response that quotes them, not for a report", () => {
    expect(
      guessKind(
        'Kommunstyrelsen\n\nKommunstyrelsen delar inte revisorernas bild.\n\nREVISORERNAS KRITIK: "Vi rekommenderar kommunstyrelsen att upprätta en plan."\n\nREVISORERNAS KRITIK: "Vi rekommenderar kommunstyrelsen att redovisa kostnaderna."',
      ).kind,
    ).toBe("response");
    expect(
      guessKind(
        "Redegørelse\n\nRigsrevisionen anbefaler, at ”ministeriet indfører en kontrol”. Jeg er enig.\n\nRigsrevisionen anbefaler endvidere, at ”ministeriet dokumenterer opfølgningen”. Jeg er enig.",
      ).kind,
    ).toBe("response");
    // The same words in the report's own voice stay a report's.
    expect(
      guessKind(
        "Revisionsrapport\n\nVi rekommenderar kommunstyrelsen att upprätta en plan. Vi rekommenderar kommunstyrelsen att redovisa kostnaderna.",
      ).kind,
    ).toBe("audit");
  });

  it("counts a recommending sentence answered right after it ('Concur.', 'X er enig') as quoted, but not one a report prints a management response under", () => {
    expect(
      guessKind(
        "Memorandum\n\nRecommendation: We recommend that the Region reconciles payments monthly.\n\nConcur.\n\nRecommendation: We recommend that the Region keeps a log of agreements.\n\nDo not concur.\n\nThe Region should review the log.",
      ).kind,
    ).toBe("response");
    expect(
      guessKind(
        "Bilag 3\n\nRevisionen anbefaler, at der etableres en fast procedure. Økonomiudvalget er enig.\n\nRevisionen anbefaler, at rettigheder gennemgås årligt. Økonomiudvalget er enig, og gennemgangen sker i 2027.",
      ).kind,
    ).toBe("response");
    expect(
      guessKind(
        "Audit of grants\n\nWe recommend that the Board adopts guidelines.\n\nManagement response: Agreed.\n\nWe recommend that the Committee follows up grants every year.\n\nManagement response: Agreed.",
      ).kind,
    ).toBe("audit");
  });

  it("takes a report's request for an answer, or a management response printed in it, for no answering title", () => {
    expect(
      guessKind(
        "Revisionsrapport\n\nÖverlämnas till socialnämnden för yttrande senast 2026-03-01\n\nVi rekommenderar socialnämnden att ta fram en plan. Socialnämnden bör följa upp planen.",
      ).kind,
    ).toBe("audit");
    expect(
      guessKind(
        "Review of payroll\n\nManagement response: Agreed.\n\nWe recommend that the Council reviews payroll monthly. The Council should process leavers promptly.",
      ).kind,
    ).toBe("audit");
  });
});
