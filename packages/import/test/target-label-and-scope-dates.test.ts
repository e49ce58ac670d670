import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const dues = (read: ImportedResponse) =>
  read.sections.map((s) => s.measures.map((m) => m.due?.end));

const minute = (answer: string) =>
  [
    "Treasury Minute on the Committee's report on river maintenance",
    "",
    "Recommendation 1: The Inland Waterways Agency should require contractors to report their own costs for each project.",
    "1.1 The government agrees in part with the Committee's recommendation.",
    "Target implementation date: June 2027",
    answer,
  ].join("\n");

describe("a target date's label and the prose after it", () => {
  it("reads the prose that gives the labelled date again as the same step", () => {
    const read = responseOfCommittee(
      minute(
        "1.2 The Agency will collect costs at each project's milestones. The requirement will apply to all contractors and be fully in place by June 2027.",
      ),
      { id: "hm-treasury", name: "HM Treasury" },
    );
    expect(dues(read)).toEqual([["2027-06-30"]]);
  });
});

describe("a date that says which things a rule covers", () => {
  it("is no due date: 'projects approved from …', 'claims received after …'", () => {
    const read = responseOfCommittee(
      minute(
        "1.2 The reporting requirement will cover projects approved from October 2026. Claims received after 1 January 2027 will be checked against the reports.",
      ),
      { id: "hm-treasury", name: "HM Treasury" },
    );
    expect(dues(read)).toEqual([["2027-06-30"]]);
  });
});
