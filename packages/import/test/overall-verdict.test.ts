import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A summary: the auditors' overall verdict says what a committee needs to develop, then the
// recommendations the verdict leads to.
const page = [
  "Sammanfattning",
  "",
  "Vår samlade bedömning är att kulturnämnden har en fungerande bidragsgivning men att nämnden behöver stärka kontrollen av hur bidragen används. Vi rekommenderar kulturnämnden att införa stickprovskontroller av bidragsmottagarnas redovisningar.",
].join("\n");

const organisation = {
  id: "k",
  bodies: [{ id: "kn", name: "Kulturnämnden", kind: "committee" }],
};

describe("the auditors' overall verdict", () => {
  it("is no recommendation, though it says what a body needs to do", () => {
    const found = reportRead(page, organisation);
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "Vi rekommenderar kulturnämnden att införa stickprovskontroller av bidragsmottagarnas redovisningar.",
    ]);
  });
});
