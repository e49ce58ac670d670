import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A news page about an audit: the auditor is quoted, the quotation names the body by the last
// word of its name and then asks "It should …"; the report's other asks follow in one sentence
// of two "that" clauses, the second to the body's own board.
const page = [
  "The Auditor General said, 'The Authority does not know how many of its ferries are late. It should record every late departure and publish the figures each month.'",
  "",
  "The report also recommends that the Department of Transport review the Authority's timetable, and that the Authority's Board receive a yearly report on punctuality.",
].join("\n");

const organisation = {
  id: "x",
  bodies: [
    { id: "fa", name: "Ferry Authority", kind: "committee" },
    { id: "dot", name: "Department of Transport", kind: "committee" },
    { id: "ag", name: "Auditor General", kind: "auditors" },
  ],
};

describe("asks that name their body by a pronoun or by its board", () => {
  it('reads "It should …" as the body the sentence before began with', () => {
    expect(recommendationsTo(page, organisation)[0]).toEqual([
      "It should record every late departure and publish the figures each month.",
      ["fa"],
    ]);
  });

  it("reads the body's own board as the body", () => {
    expect(recommendationsTo(page, organisation)[2]).toEqual([
      "that the Authority's Board receive a yearly report on punctuality.",
      ["fa"],
    ]);
  });
});
