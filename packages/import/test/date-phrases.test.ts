import { parsePeriod } from "@sparbar/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDatePhrases } from "../src/date-phrases.ts";

const ends = (text: string) => findDatePhrases(text).map((d) => d.period.end);

describe("dates in the forms other countries write them", () => {
  it("reads Finnish, British, American and Norwegian forms", () => {
    expect(ends("Anvisningen tas i bruk senast 31.12.2025.")).toEqual(["2025-12-31"]);
    expect(ends("Revised target date 31/03/2024")).toEqual(["2024-03-31"]);
    expect(ends("due 12/31/2024")).toEqual(["2024-12-31"]);
    expect(ends("Systemet skal være på plass innen 1. mars 2026.")).toEqual(["2026-03-01"]);
    expect(ends("en plan innen 2. kvartal 2024")).toEqual(["2024-06-30"]);
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
