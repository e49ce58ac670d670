import { describe, expect, it } from "vitest";
import { auditCommitteeResponse } from "./helpers/one-committee-response.ts";

const response = (text: string) => auditCommitteeResponse(text, "minutes.txt");

// Minutes that retell two recommendations in one sentence, two "that" clauses, and answer them
// by place ("the first recommendation", "The second recommendation").
const minutes = [
  "Audit Committee 9 November 2027",
  "",
  "Minutes",
  "",
  "8. Internal Audit Report: School Lettings",
  "",
  "The Internal Audit Manager presented the report. It had recommended that every letting should be invoiced before it takes place, and that keys should be signed out by the caretaker. Management had accepted the first recommendation, and invoicing would move to the booking system by 28 February 2028. The second recommendation had been partially accepted, as some schools have no caretaker on site.",
  "",
  "RESOLVED: That the report be noted.",
].join("\n");

describe("two recommendations retold as two 'that' clauses in one sentence", () => {
  it("reads each clause as a recommendation, answered by its place", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "every letting should be invoiced before it takes place", "agrees"],
      [2, "keys should be signed out by the caretaker", "partly-agrees"],
    ]);
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2028-02-28"]);
  });
});
