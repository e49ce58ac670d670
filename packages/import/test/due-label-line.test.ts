import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const dues = (read: ImportedResponse) =>
  read.sections.map((s) => s.measures.map((m) => m.due?.end));

describe("a due date's label on a line of its own after the answer", () => {
  const minute = [
    "Government response to the Committee",
    "",
    "1. Committee conclusion: The Agency does not know how many of its vehicles are in use.",
    "",
    "1a. Committee recommendation: The Agency should keep a register of every vehicle it owns and review it each year.",
    "",
    "1.1 The government agrees with the Committee's recommendation.",
    "",
    "1.2 The Agency has begun to gather the records held by its regional offices.",
    "",
    "Target implementation date: October 2028",
    "",
    "2. Committee conclusion: Vehicles are replaced before the end of their useful life.",
    "",
    "2a. Committee recommendation: The Agency should set a minimum age for replacing vehicles.",
    "",
    "2.1 The government disagrees with the Committee's recommendation.",
    "",
    "2.2 A fixed age would not reflect how far each vehicle is driven.",
  ].join("\n");

  it("dates the answer above it", () => {
    const read = responseOfCommittee(minute, { id: "agency", name: "The Agency" });
    expect(dues(read)).toEqual([["2028-10-31"], []]);
  });
});

describe("a due date's label after dated steps toward it", () => {
  const minute = [
    "Government response to the Committee",
    "",
    "1a. Committee recommendation: The Agency should publish how long each licence application takes.",
    "",
    "1.1 The government agrees with the Committee's recommendation.",
    "",
    "1.2 The Agency will move its case records to a new system by winter 2027. Figures for each licence type will be published in summer 2028.",
    "",
    "Target implementation date: April 2028",
    "",
    "2a. Committee recommendation: The Agency should answer every complaint within twenty days.",
    "",
    "2.1 The government agrees with the Committee's recommendation.",
    "",
    "2.2 A new complaints procedure will apply from 1 September 2027.",
  ].join("\n");

  it("keeps the target and leaves the steps", () => {
    const read = responseOfCommittee(minute, { id: "agency", name: "The Agency" });
    expect(dues(read)).toEqual([["2028-04-30"], ["2027-09-01"]]);
  });
});
