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
