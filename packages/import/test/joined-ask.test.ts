import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A quoted committee remark ends with a finding and the ask joined to it in one sentence:
// "Statsrevisorerne påpeger, at …, og henstiller til, at ministeriet …". The ask alone is the
// recommendation, "ministeriet" the ministry the finding named, and the quotation's closing
// mark not part of it.
const report = [
  "Statsrevisorerne afgav beretningen med følgende bemærkning:",
  "",
  '"Statsrevisorerne finder det tilfredsstillende, at regnskaberne er rettidige.',
  "",
  'Statsrevisorerne påpeger, at Skatteministeriets kontrol med fradragene ikke er dokumenteret, og henstiller til, at ministeriet udarbejder en kontrolplan."',
].join("\n");

const organisation = {
  id: "dk",
  bodies: [
    { id: "skm", name: "Skatteministeriet", kind: "ministry" },
    { id: "bem", name: "Beskæftigelsesministeriet", kind: "ministry" },
  ],
};

describe("an ask joined to a finding", () => {
  it("is read from its verb on, to the body the finding named", () => {
    expect(recommendationsTo(report, organisation, "side.txt")).toEqual([
      ["henstiller til, at ministeriet udarbejder en kontrolplan.", ["skm"]],
    ]);
  });
});
