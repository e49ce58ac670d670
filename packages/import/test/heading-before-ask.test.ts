import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A supervisory report flattened into one line: each assessment's heading runs into the
// recommending sentence after it ("… Tillsynens bedömning Serveringstillstånd Länsstyrelsen
// rekommenderar …"); the sentence begins at its subject. An intro run on into its items in small
// letters is no one recommendation.
const report = [
  "Rapport Länsstyrelsen Sammanfattning Länsstyrelsen har granskat nämndens tillsyn. Tillsynens bedömning Serveringstillstånd Länsstyrelsen rekommenderar miljönämnden att följa upp varje nytt serveringstillstånd inom sex månader. Utbildning Antalet utbildade handläggare är två.",
  "",
  "5 TILRÅDINGAR Revisjonen tilrår at kommunedirektøren: set opp ein plan for arkivet oppdaterer rutinane",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "mn", name: "Miljönämnden", kind: "committee" },
    { id: "kd", name: "Kommunedirektøren", kind: "executive" },
  ],
};

describe("a heading run into the line before a recommending sentence", () => {
  it("is left out of it, and a run-on intro is not read whole", () => {
    expect(recommendationsTo(report, organisation, "rapport.txt")).toEqual([
      [
        "Länsstyrelsen rekommenderar miljönämnden att följa upp varje nytt serveringstillstånd inom sex månader.",
        ["mn"],
      ],
    ]);
  });
});
