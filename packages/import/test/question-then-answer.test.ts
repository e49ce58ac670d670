import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(
    text,
    { id: "governance-committee", name: "Governance and Audit Committee" },
    "agenda-item.txt",
  );
}

// An agenda item's minute in the passive: the auditor's recommendations stated as "… is that the
// Council should …", then members' questions ("It was asked whether …") and the answers given.
const item = [
  "Agenda item",
  "",
  "Annual Audit Summary",
  "",
  "The auditor presented the summary of the year's work.",
  "",
  "The first recommendation, from the review of leisure centres, is that the Council should publish the usage figures for each centre.  The second, from the review of fleet management, is that the Council should replace vehicles on the basis of their condition.",
  "",
  "It was asked whether the Council had accepted the recommendation on leisure centres.  It was responded that the recommendation had been accepted and that the figures would be published by 31 May 2027.",
  "",
  "Councillor Price asked how vehicles were replaced at present.  It was responded that vehicles were replaced by age.  The recommendation was accepted in part: condition scores would be used for vans from 1 April 2027, but not for the gritting fleet.",
  "",
  "The Committee noted the report.",
].join("\n");

describe("members' questions between the recommendations and their answers", () => {
  it("reads no stance in a question and each 'is that' clause as a recommendation", () => {
    const read = response(item);
    expect(read.sections.map((s) => [s.number, s.text.replace(/\.$/u, ""), s.stance])).toEqual([
      [1, "the Council should publish the usage figures for each centre", "agrees"],
      [2, "the Council should replace vehicles on the basis of their condition", "partly-agrees"],
    ]);
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2027-05-31"]);
  });
});

describe("a question answered in the same sentence", () => {
  it("reads the answer's stance after the question", () => {
    const read = response(
      item.replace(
        "Councillor Price asked how vehicles were replaced at present.  It was responded that vehicles were replaced by age.  The recommendation was accepted in part: condition scores would be used for vans from 1 April 2027, but not for the gritting fleet.",
        "Councillor Price asked whether the fleet recommendation had been agreed, and the Head of Fleet confirmed that it had been accepted in part.",
      ),
    );
    expect(read.sections.map((s) => s.stance)).toEqual(["agrees", "partly-agrees"]);
  });
});
