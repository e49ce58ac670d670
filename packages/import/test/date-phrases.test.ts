import { parsePeriod } from "@sparbar/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDatePhrases } from "../src/date-phrases.ts";
import { type ImportedResponse, importDocument } from "../src/index.ts";

const ends = (text: string) => findDatePhrases(text).map((d) => d.period.end);

describe("dates in the forms other countries write them", () => {
  it("reads Finnish, British, American and Norwegian forms", () => {
    expect(ends("Anvisningen tas i bruk senast 31.12.2025.")).toEqual(["2025-12-31"]);
    expect(ends("Revised target date 31/03/2024")).toEqual(["2024-03-31"]);
    expect(ends("due 12/31/2024")).toEqual(["2024-12-31"]);
    expect(ends("Systemet skal være på plass innen 1. mars 2026.")).toEqual(["2026-03-01"]);
    expect(ends("en plan innen 2. kvartal 2024")).toEqual(["2024-06-30"]);
  });

  it("reads a part of the year with a comma before its year", () => {
    expect(ends("Klart: Kvartal 2, 2027")).toEqual(["2027-06-30"]);
    expect(ends("Target: Q3, 2027.")).toEqual(["2027-09-30"]);
    expect(ends("klart tertial 1, 2027")).toEqual(["2027-04-30"]);
  });

  it("reads a quarter of a financial year from April ('Q1 2027/28') by its months", () => {
    expect(ends("Target date: Q1 2027/28")).toEqual(["2027-06-30"]);
    expect(ends("Target date: Q4 2027/28")).toEqual(["2028-03-31"]);
    expect(ends("Target date: Q2 2027/2028")).toEqual(["2027-09-30"]);
    // Years that do not follow each other name no financial year.
    expect(ends("Target date: Q1 2027/29")).toEqual(["2027-03-31"]);
  });

  it("reads each financial-year quarter as the calendar quarter after it (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2088 }), fc.integer({ min: 1, max: 4 }), (y, q) => {
        const calendar = q === 4 ? { year: y + 1, q: 1 } : { year: y, q: q + 1 };
        const [found] = findDatePhrases(`Q${q} ${y}/${String(y + 1).slice(-2)}`);
        expect(found?.period.start).toBe(
          `${calendar.year}-${String(calendar.q * 3 - 2).padStart(2, "0")}-01`,
        );
      }),
    );
  });

  it("takes no date from a diary number, a version or a page reference", () => {
    expect(ends("Diarienr SN 2018/00412-1.6.1")).toEqual([]);
    expect(ends("Dnr 3.1.2-56/2016, sida 2/14")).toEqual([]);
  });

  it("reads any day written day first with dots or slashes as that day (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2089-12-31"), noInvalidDate: true }),
        fc.constantFrom(".", "/"),
        fc.boolean(),
        (date, separator, padded) => {
          const day = date.getUTCDate();
          const month = date.getUTCMonth() + 1;
          const two = (n: number) => (padded ? String(n).padStart(2, "0") : String(n));
          const iso = date.toISOString().slice(0, 10);
          expect(
            ends(`klart ${two(day)}${separator}${two(month)}${separator}${date.getUTCFullYear()}.`),
          ).toEqual([iso]);
        },
      ),
    );
  });
});

describe("the date a draft writes", () => {
  it("is a form the period parser reads, whatever form the text had", () => {
    for (const text of [
      "klart 31.12.2025",
      "target date 31/03/2024",
      "innen 1. mars 2026",
      "innen utgangen av desember 2025",
      "klart till hösten 2025",
    ]) {
      const [found] = findDatePhrases(text);
      expect(found && parsePeriod(found.period.text).ok, text).toBe(true);
    }
  });
});

describe("dates in other words, and dates without a year", () => {
  it("reads Norwegian seasons, a term, 'under år' and 'halvårsskiftet'", () => {
    expect(ends("innen sommeren 2026")).toEqual(["2026-08-31"]);
    expect(ends("innen høsten 2026")).toEqual(["2026-12-31"]);
    expect(ends("Utbildningen genomförs under hösttermin 2026.")).toEqual(["2026-12-31"]);
    expect(ends("Planen tas fram under år 2026.")).toEqual(["2026-12-31"]);
    expect(ends("Klart vid halvårsskiftet 2026.")).toEqual(["2026-06-30"]);
  });

  it("reads a half-year without its article and a period's report by its number", () => {
    expect(ends("i løpet av første halvår 2027")).toEqual(["2027-06-30"]);
    expect(ends("Frist: 1. halvår 2027")).toEqual(["2027-06-30"]);
    expect(ends("senest andet halvår 2026")).toEqual(["2026-12-31"]);
    expect(ends("under andra halvår 2026")).toEqual(["2026-12-31"]);
    expect(ends("redovisas i samband med tertialrapport 1 2027")).toEqual(["2027-04-30"]);
    expect(ends("i kvartalsrapport 3 2026")).toEqual(["2026-09-30"]);
  });

  it("reads a quarter, a tertial or a half-year by its Nordic ordinal in words", () => {
    expect(ends("innen utgangen av første kvartal 2027")).toEqual(["2027-03-31"]);
    expect(ends("i løpet av andre kvartal 2027")).toEqual(["2027-06-30"]);
    expect(ends("senest i andet kvartal 2027")).toEqual(["2027-06-30"]);
    expect(ends("innen tredje kvartal 2026")).toEqual(["2026-09-30"]);
    expect(ends("i fjerde kvartal 2026")).toEqual(["2026-12-31"]);
    expect(ends("i løpet av andre tertial 2027")).toEqual(["2027-08-31"]);
    expect(ends("innen andre halvår 2027")).toEqual(["2027-12-31"]);
    // No year has a fourth tertial or a third half.
    expect(ends("i fjerde tertial 2027")).toEqual([]);
    expect(ends("i tredje halvår 2027")).toEqual([]);
  });

  it("reads a date without its year only with the document's date, as the first such period after it", () => {
    const from = (text: string, reference: string) =>
      findDatePhrases(text, reference).map((d) => [d.period.end, d.period.text]);
    // "till" and "före årsskiftet" fall due on the year's last day, "vid årsskiftet" on the turn.
    expect(from("Rutinen ska vara klar till årsskiftet.", "2025-11-04")).toEqual([
      ["2025-12-31", "till årsskiftet 2025/2026"],
    ]);
    expect(from("Riktlinjen förtydligas före årsskiftet.", "2025-06-03")).toEqual([
      ["2025-12-31", "före årsskiftet 2025/2026"],
    ]);
    expect(from("Den nya taxan gäller vid årsskiftet.", "2025-06-03")).toEqual([
      ["2026-01-01", "vid årsskiftet 2025/2026"],
    ]);
    expect(from("Arbetet redovisas senast i februari.", "2025-11-04")).toEqual([
      ["2026-02-28", "senast i februari 2026"],
    ]);
    expect(from("Rutinen införs under hösten.", "2025-03-10")).toEqual([
      ["2025-12-31", "under hösten 2025"],
    ]);
    expect(from("Planen er klar innen årsskiftet.", "2025-03-10")).toEqual([
      ["2025-12-31", "till årsskiftet 2025/2026"],
    ]);
    // A lead word the parser does not know before a month is left out of the period it reads.
    expect(from("Planen revideras till februari.", "2025-11-04")).toEqual([
      ["2026-02-28", "februari 2026"],
    ]);
    expect(ends("Rutinen ska vara klar till årsskiftet.")).toEqual([]);
    // After a bare "i" a month is as often a past one; "may" is a verb.
    expect(from("Planen antogs i mars.", "2025-11-04")).toEqual([]);
    expect(from("We may review this.", "2025-11-04")).toEqual([]);
    for (const text of ["till årsskiftet", "senast i februari", "under hösten"]) {
      const [found] = findDatePhrases(text, "2025-11-04");
      expect(found && parsePeriod(found.period.text).ok, text).toBe(true);
    }
  });
});

describe("a response's dates without a year", () => {
  it("are read from the response's own date, and the draft writes the year chosen", () => {
    const text =
      "Yttrande över revisionsrapport Granskning av intern kontroll\n\nDatum: 2025-11-04\n\nRekommendation 1: Kommunstyrelsen bör dokumentera riskanalysen.\n\nKommunstyrelsen instämmer. Riskanalysen dokumenteras till årsskiftet.\n";
    const result = importDocument({
      name: "svar.txt",
      text,
      kind: "response",
      organisation: { id: "k", bodies: [{ id: "ks", name: "Kommunstyrelsen" }] },
    });
    const [section] = (result.extracted as ImportedResponse).sections;
    expect(section?.measures.map((m) => m.due?.end)).toEqual(["2025-12-31"]);
    expect(result.draft.text).toContain("till årsskiftet 2025/2026");
  });

  const answer = (body: string) =>
    importDocument({
      name: "svar.txt",
      text: `Yttrande över revisionsrapport Granskning av intern kontroll\n\nRevisorerna lämnade sin rapport den 3 november 2025.\n\nRekommendation 1: Kommunstyrelsen bör dokumentera riskanalysen.\n\n${body}\n`,
      kind: "response",
      organisation: { id: "k", bodies: [{ id: "ks", name: "Kommunstyrelsen" }] },
    });
  const dues = (result: ReturnType<typeof answer>) =>
    (result.extracted as ImportedResponse).sections.flatMap((s) =>
      s.measures.map((m) => m.due?.end ?? `utan år: ${m.dueWithoutYear}`),
    );

  it("take the year of the decision at the response's foot, not of the report its head retells", () => {
    const result = answer(
      "Kommunstyrelsen instämmer. Riskanalysen dokumenteras till årsskiftet.\n\nBeslutat av kommunstyrelsen 2026-02-11, § 23",
    );
    expect(dues(result)).toEqual(["2026-12-31"]);
  });

  it("else take the year of the nearest date before them in the answer", () => {
    const result = answer(
      "Kommunstyrelsen instämmer. Arbetet inleds i januari 2027. Riskanalysen dokumenteras senast i mars.",
    );
    expect(dues(result)).toEqual(["2027-01-31", "2027-03-31"]);
  });

  it("are no promise where they start a practice already under way or set the auditors' own deadline", () => {
    const result = answer(
      "Kommunstyrelsen instämmer. Sedan december 2025 registreras riskerna varje vecka. Revisorerna önskar nämndens svar senast den 31 mars 2026. Riskanalysen dokumenteras senast den 30 juni 2026.",
    );
    expect(dues(result)).toEqual(["2026-06-30"]);
  });

  it("say that the year is not known where nothing in the response gives it, and the draft asks for it", () => {
    const result = answer("Kommunstyrelsen instämmer. Riskanalysen dokumenteras till årsskiftet.");
    expect(dues(result)).toEqual(["utan år: till årsskiftet"]);
    expect(result.draft.text).toContain(
      "— [[till årsskiftet – svaret anger inget år; skriv året]]",
    );
  });
});

describe("a period in the year after the document's own date", () => {
  it.each([
    ["En ny rutin ska vara på plats under första kvartalet nästa år.", "2027-03-31"],
    ["Planen antas senast i juni nästa år.", "2027-06-30"],
    ["Rutinen revideres innen utgangen av mars neste år.", "2027-03-31"],
    ["Retningslinjen er klar i løbet af 2. kvartal næste år.", "2027-06-30"],
    ["The new policy will be in place by June next year.", "2027-06-30"],
  ])("%s", (text, end) => {
    expect(findDatePhrases(text, "2026-11-20").map((d) => d.period.end)).toEqual([end]);
  });

  it("is read only where the document's date is known, and not of a year named alone first", () => {
    expect(findDatePhrases("Planen antas senast i juni nästa år.")).toEqual([]);
    expect(findDatePhrases("Nästa år blir det bättre.", "2026-11-20")).toEqual([]);
  });
});
