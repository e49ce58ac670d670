import { describe, expect, it } from "vitest";
import { auditCommitteeResponse } from "./helpers/one-committee-response.ts";

const response = (text: string) => auditCommitteeResponse(text, "minutes.txt");

// Minutes that retell the external auditor's recommendations one paragraph each, management's
// answer after a semicolon: agreed "and that" a step follows, agreed "with" a step, and a step
// management "did not propose to" take.
const minutes = [
  "Audit Committee - Wednesday, 3 February 2027 2:00 pm",
  "",
  "External Audit - Annual Audit Report 2025/26",
  "",
  "The Committee considered the Annual Audit Report, which set out two recommendations and one further one on the website.",
  "",
  "The first recommended that the Council should review its reserves policy each year; the Chief Finance Officer confirmed that management agreed and that the policy would be reviewed by 30 April 2027.",
  "",
  "The second recommended that the Council should test its business continuity plans at every depot; management agreed, with tests to be completed by 31 December 2027.",
  "",
  "The third recommended that the Council should publish its contract register monthly; management noted that the register was updated each quarter and did not propose to publish it more often.",
  "",
  "Decision",
  "",
  "The Committee noted the report and the management responses.",
].join("\n");

describe("management's answers retold in minutes", () => {
  it("reads 'management agreed' before a comma or 'and that' and 'did not propose to'", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "agrees"],
      [3, "disagrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-04-30"],
      ["2027-12-31"],
      [],
    ]);
  });

  it("reads no refusal in a delay", () => {
    const read = response(
      minutes.replace(
        "did not propose to publish it more often",
        "did not intend to wait for the new system before publishing it monthly",
      ),
    );
    expect(read.sections[2]?.stance).not.toBe("disagrees");
  });
});
