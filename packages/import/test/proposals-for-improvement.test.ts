import { describe, expect, it } from "vitest";
import { auditCommitteeResponse } from "./helpers/one-committee-response.ts";

const response = (text: string) => auditCommitteeResponse(text, "issue-page.txt");

// A committee system's issue page: the auditor's proposals for improvement in one sentence as
// "that the Council should …" clauses parted by semicolons, an answer accepting "the first two
// proposals" with a date for each, the third left open, and the committee's resolution that
// agrees the response as a whole.
const page = [
  "Issue - meetings",
  "",
  "Annual Improvement Letter",
  "",
  "Meeting: 14/04/2027 - Audit Committee (Item 22)",
  "",
  "Minutes:",
  "",
  "The auditor presented the letter. Three proposals for improvement had been made: that the Council should publish a timetable for its review of charges; that the Council should train all budget holders in the new ledger; and that the Council should compare its library costs with those of similar councils.",
  " ",
  "The Chief Executive said that the Cabinet response accepted the first two proposals. The timetable for the review of charges would be published by 31 May 2027. Training for budget holders in the new ledger would be completed by 30 September 2027. On the third proposal, he said that benchmarking would be looked at again next year.",
  " ",
  "RESOLVED:",
  " ",
  "That the letter be noted and the Council's Cabinet response be agreed.",
].join("\n");

describe("proposals for improvement retold as 'that' clauses", () => {
  it("reads the clauses as recommendations and 'the first two' as both answered", () => {
    const read = response(page);
    expect(read.sections.map((s) => [s.number, s.text.replace(/\.$/u, ""), s.stance])).toEqual([
      [1, "the Council should publish a timetable for its review of charges", "agrees"],
      [2, "the Council should train all budget holders in the new ledger", "agrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-05-31"],
      ["2027-09-30"],
    ]);
  });
});

describe("proposals for improvement under their own label", () => {
  it("reads each labelled proposal as a recommendation and 'both proposals' as both answered", () => {
    const read = response(
      [
        "Minutes:",
        "",
        "The Committee received the auditor's report on asset management, which made two proposals for improvement.",
        "",
        "Proposal for improvement 1: The Council should agree a plan for surplus buildings.",
        "",
        "Proposal for improvement 2: The Council should record the condition of every school.",
        "",
        "The management response accepted both proposals.",
      ].join("\n"),
    );
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "The Council should agree a plan for surplus buildings.", "agrees"],
      [2, "The Council should record the condition of every school.", "agrees"],
    ]);
  });
});

describe("proposals for improvement under a short code", () => {
  it("reads the proposal after its code and the answer in its own paragraph", () => {
    const read = response(
      [
        "Minutes:",
        "",
        "The auditor presented the letter, which made two proposals for improvement.",
        "",
        "Proposal for Improvement P1: The Council should review the fees charged for its leisure centres. The Deputy Leader said this was accepted and that the review would report by 31 October 2027.",
        "",
        "Proposal for Improvement P2: The Council should publish the minutes of its procurement board. The Deputy Leader said that the Council did not accept this proposal.",
      ].join("\n"),
    );
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "The Council should review the fees charged for its leisure centres.", "agrees"],
      [2, "The Council should publish the minutes of its procurement board.", "disagrees"],
    ]);
  });
});
