import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A Danish remark asks the minister ("… ministeren sikrer …"), then "ministeriet": both stand
// for the ministry the organisation lists.
const report = [
  "Beretning om tilskud til havnene",
  "",
  "Statsrevisorerne finder det utilfredsstillende, at Fiskeri- og Havneministeriet ikke har fulgt op på tilskuddene.",
  "",
  "Statsrevisorerne henstiller til, at fiskeri- og havneministeren sikrer, at tilskuddene afregnes hvert år.",
  "",
  "Statsrevisorerne forventer desuden, at ministeriet offentliggør en oversigt over tilskuddene.",
].join("\n");

const organisation = {
  id: "dk",
  bodies: [
    { id: "fhm", name: "Fiskeri- og Havneministeriet", kind: "ministry" },
    { id: "sr", name: "Statsrevisorerne", kind: "committee" },
  ],
};

describe("the minister and 'ministeriet' as addressees", () => {
  it("take the ministry the organisation has", () => {
    const found = reportRead(report, organisation, "beretning.txt");
    expect(found.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([["fhm"], ["fhm"]]);
  });
});
