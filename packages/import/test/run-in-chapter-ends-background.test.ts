import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A report whose text layer kept the background chapter's heading on a line of its own but ran
// the rest of the report into one paragraph under it. What the background says is no
// recommendation, but the next numbered chapter run into that paragraph ends it, so the
// assessment's recommendations are read.
const flattened = [
  "Granskning av lokalförsörjningen",
  "",
  "2. Bakgrund",
  "",
  [
    "Fritidsnämnden ansvarar för idrottshallar och badhus. Enligt reglementet ska nämnden",
    "årligen redovisa lokalbehovet till kommunstyrelsen. 3. Iakttagelser 3.1 Planering Nämnden",
    "har ingen plan för sina lokaler. 3.2 Kostnader Kostnaderna följs upp för hela verksamheten.",
    "4. Revisorernas bedömning Vi bedömer att planeringen inte är tillräcklig. Mot bakgrund av",
    "detta rekommenderas nämnden att ta fram en lokalförsörjningsplan för tio år, att följa upp",
    "lokalkostnaderna per anläggning och att redovisa underhållsbehovet i budgeten. För kommunens",
    "revisorer Eva Lind",
  ].join(" "),
].join("\n");

const organisation = {
  id: "k",
  bodies: [{ id: "fn", name: "Fritidsnämnden", kind: "committee" }],
};

describe("a numbered chapter run into the background's paragraph", () => {
  it("ends the background, so the assessment's recommendations are read", () => {
    const found = reportRead(flattened, organisation);
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "ta fram en lokalförsörjningsplan för tio år",
      "följa upp lokalkostnaderna per anläggning",
      "redovisa underhållsbehovet i budgeten",
    ]);
  });
});
