import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const dues = (read: ImportedResponse) =>
  read.sections.map((s) => s.measures.map((m) => m.due?.end));

describe("a step done, then a promise in a relative clause ('som ska …')", () => {
  const answer = (said: string) =>
    responseOfCommittee(
      [
        "Rekommendation 1: Nämnden bör dokumentera valet av upphandlingsförfarande.",
        "",
        `Nämnden instämmer. ${said}`,
      ].join("\n"),
      { id: "n", name: "Tekniska nämnden" },
    );

  it("is a promise by the clause's own date", () => {
    expect(
      dues(
        answer(
          "Inköpsenheten har tagit fram en checklista som ska användas i alla upphandlingar från och med den 1 mars 2028.",
        ),
      ),
    ).toEqual([["2028-03-01"]]);
  });

  it("is none where only the step done has a date", () => {
    expect(
      dues(
        answer(
          "Inköpsenheten har tagit fram en checklista i januari 2026 som ska användas i alla upphandlingar.",
        ),
      ),
    ).toEqual([[]]);
  });
});
