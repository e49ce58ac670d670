import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const dues = (read: ImportedResponse) =>
  read.sections.map((s) => s.measures.map((m) => m.due?.end));

describe("a date the answer has since replaced", () => {
  const english = [
    "Progress report on the committee's recommendations",
    "",
    "Recommendation 1: The Agency should publish its inspection backlog every quarter.",
    "",
    "The government agreed with this recommendation.",
    "",
    "Original target completion date: March 2026",
    "",
    "Work on the new case system slipped behind the supplier's schedule.",
    "",
    "Revised target completion date: October 2027",
    "",
    "Recommendation 2: The Agency should review its fee levels.",
    "",
    "The government agreed with this recommendation.",
    "",
    "Previous deadline: May 2026",
    "",
    "Target implementation date: Autumn 2027",
  ].join("\n");

  it("keeps the revised date and leaves the original one", () => {
    const read = responseOfCommittee(english, { id: "agency", name: "The Agency" });
    expect(dues(read)).toEqual([["2027-10-31"], ["2027-12-31"]]);
  });

  const swedish = [
    "Uppföljning av revisorernas rekommendationer",
    "",
    "1. Nämnden bör ta fram en rutin för kontroll av leverantörsfakturor.",
    "",
    "Nämnden instämmer. Rutinen tas fram av ekonomienheten.",
    "",
    "Ursprunglig tidplan: juni 2026",
    "",
    "Ny tidplan: december 2027",
  ].join("\n");

  it("in Swedish too", () => {
    const read = responseOfCommittee(swedish, { id: "n", name: "Nämnden" });
    expect(dues(read)).toEqual([["2027-12-31"]]);
  });
});
