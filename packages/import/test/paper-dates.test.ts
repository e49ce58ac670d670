import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string, name: string): ImportedResponse {
  return responseOfCommittee(text, { id: "n", name });
}

describe("the dates of papers and letters a response names", () => {
  it("are no promises: a numbered paper in a list, a letter named by its date", () => {
    const read = response(
      [
        "Rekommendation 1: Nämnden bör införa en rutin för uppföljning av avvikelser.",
        "",
        "Nämnden instämmer. Rutinen ska vara antagen senast den 31 mars 2027.",
        "",
        "Nämndens skrivelse (brev av 4. november 2026, bifogat) redogör för arbetet.",
        "",
        "Rekommendation 2: Nämnden bör redovisa avvikelserna till pensionärsrådet.",
        "",
        "Nämnden instämmer delvis.",
        "",
        "12 Protokoll från pensionärsrådet 2026-10-27",
      ].join("\n"),
      "Socialnämnden",
    );
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-03-31"],
      [],
    ]);
  });

  it("keeps a promise that names a letter beside its own date", () => {
    const read = response(
      [
        "Rekommendation 1: Nämnden bör införa en rutin för uppföljning av avvikelser.",
        "",
        "Nämnden instämmer och lovade i brev av 4. november 2026 att rutinen ska antas senast den 31 mars 2027.",
      ].join("\n"),
      "Socialnämnden",
    );
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2027-03-31"]);
  });
});
