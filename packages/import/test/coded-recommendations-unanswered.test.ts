import { describe, expect, it } from "vitest";
import { responseRead } from "./helpers/report-read.ts";

// A committee's minute that lists the auditor's proposals under codes of their own and reports
// the answers by code, most of them promises with no stance word: the proposals are still the
// sections, and each promise goes to the one its sentence names.
const organisation = {
  id: "c",
  bodies: [
    { id: "gb", name: "Governance Board", kind: "committee" },
    { id: "aud", name: "Regional Audit Office", kind: "auditors" },
  ],
};

const minute = (answers: string[]) =>
  [
    "Minutes of the Governance Board",
    "",
    "The Regional Audit Office presented its annual letter. Two proposals had been made:",
    "",
    "PI1 The Board should publish its risk register every quarter.",
    "",
    "PI2 The Board should train every member in scrutiny methods.",
    "",
    ...answers,
  ].join("\n");

describe("proposals under codes of their own, answered by code", () => {
  it("opens a section for each and gives each dated promise to the one it names", () => {
    const found = responseRead(
      minute([
        "Regarding PI1, the Director said that the register would be published from the end of June 2027. The first edition would cover the capital programme. On PI2, the Board did not agree, as training is already offered to every member.",
      ]),
      organisation,
    );
    expect(
      found.sections.map((s) => [s.number, s.text, s.stance, s.measures.map((m) => m.due?.end)]),
    ).toEqual([
      [1, "The Board should publish its risk register every quarter.", undefined, ["2027-06-30"]],
      [2, "The Board should train every member in scrutiny methods.", "disagrees", []],
    ]);
  });

  it("leaves the stances for the reviewer where the answers state none", () => {
    const found = responseRead(
      minute(["Members discussed the letter and thanked the auditors for their work."]),
      organisation,
    );
    expect(found.sections.map((s) => [s.number, s.stance, s.measures.length])).toEqual([
      [1, undefined, 0],
      [2, undefined, 0],
    ]);
  });
});
