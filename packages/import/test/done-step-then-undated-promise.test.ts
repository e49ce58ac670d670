import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const dues = (read: ImportedResponse) =>
  read.sections.map((s) => s.measures.map((m) => m.due?.end));

describe("a dated step done, then a promise with no date of its own", () => {
  const english = [
    "Progress on the committee's recommendations",
    "",
    "Recommendation 1: The Agency should agree a common method for costing its road repairs.",
    "",
    "The government agreed with this recommendation. A costing panel was set up in February 2027 and will report to the Agency's board.",
    "",
    "Recommendation 2: The Agency should publish its repair backlog.",
    "",
    "The government agreed with this recommendation. The backlog was counted in March 2027 and will be published by 31 October 2027.",
  ].join("\n");

  it("dates no measure by the done step", () => {
    const read = responseOfCommittee(english, { id: "agency", name: "The Agency" });
    expect(dues(read)).toEqual([[], ["2027-10-31"]]);
  });

  const swedish = [
    "Socialnämndens svar",
    "",
    "Revisorerna rekommenderar",
    "",
    "1. att nämnden fastställer en plan för kompetensutveckling,",
    "2. att nämnden inför en rutin för introduktion av nyanställda.",
    "",
    "Plan för kompetensutveckling",
    "",
    "Nämnden instämmer. Planen antogs i mars 2027 och ska följas upp varje år.",
    "",
    "Introduktion av nyanställda",
    "",
    "Nämnden instämmer. En rutin för introduktion av nyanställda införs senast i december 2027.",
  ].join("\n");

  it("in Swedish too", () => {
    const read = responseOfCommittee(swedish, { id: "sn", name: "Socialnämnden" });
    expect(dues(read)).toEqual([[], ["2027-12-31"]]);
  });
});
