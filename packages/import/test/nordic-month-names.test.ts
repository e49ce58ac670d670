import { describe, expect, it } from "vitest";
import { findDatePhrases } from "../src/date-phrases.ts";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const ends = (text: string) => findDatePhrases(text).map((d) => d.period.end);

describe("months as Norwegian and Danish spell them, with no day before them", () => {
  it("reads 'januar', 'februar', 'marts' and 'mai' with their year", () => {
    expect(ends("Kartleggingen blir ferdig i januar 2028.")).toEqual(["2028-01-31"]);
    expect(ends("Planen legges fram i løpet av februar 2028.")).toEqual(["2028-02-29"]);
    expect(ends("Gennemgangen afsluttes inden udgangen af marts 2028.")).toEqual(["2028-03-31"]);
    expect(ends("Rutinen tas i bruk i mai 2028.")).toEqual(["2028-05-31"]);
    expect(ends("Ordningen gælder fra februar 2028.")).toEqual(["2028-02-01"]);
  });

  it("reads Danish 'inden udgangen af' a year, and a day without its dot", () => {
    expect(ends("Vejledningen opdateres inden udgangen af 2028.")).toEqual(["2028-12-31"]);
    expect(ends("Fristen er 15 marts 2028.")).toEqual(["2028-03-15"]);
    expect(ends("Fristen er den 15. marts 2028.")).toEqual(["2028-03-15"]);
  });
});

describe("one step taken before two bodies in turn", () => {
  const answer = [
    "Rådmannens svar på forvaltningsrevisjon av eierstyring",
    "",
    "Anbefaling 1: Kommunen bør utarbeide en eierstrategi for selskapet.",
    "",
    "Rådmannen er enig. Et utkast legges fram for formannskapet i april 2028 og for kommunestyret i juni 2028.",
  ].join("\n");

  it("is one measure, due when the last body takes it", () => {
    const read = responseOfCommittee(answer, {
      id: "ks",
      name: "Kommunestyret",
    }) as ImportedResponse;
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([["2028-06-30"]]);
  });
});
