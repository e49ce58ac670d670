import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A municipal audit report as a document site's page, each page one paragraph: the lead "…
// rekommenderar vi nämnden att:" run on into items whose bullets and stops were lost, the
// first a verb of taking up again ("återinföra"), then the auditors recommending again in a
// sentence of their own and the page's footer.
const organisation = {
  id: "k",
  bodies: [
    { id: "bn", name: "Byggnadsnämnden", kind: "committee" },
    { id: "mn", name: "Miljönämnden", kind: "committee" },
  ],
};

describe("run-on items after an 'att:' lead that begin with 'åter-'", () => {
  it("reads each item, and the sentence after them, to its own committee", () => {
    const report = [
      "Granskning av bygglovshanteringen",
      "",
      "5. Slutsatser Mot bakgrund av granskningen rekommenderar vi byggnadsnämnden att: återinföra den månatliga rapporteringen av handläggningstider till nämnden se över delegationsordningen så att beslut om sanktionsavgifter alltid anmäls Vi rekommenderar miljönämnden att ta fram en plan för tillsynen av enskilda avlopp. Lindvik kommun Bygglov 2026-03-02 7",
    ].join("\n");
    expect(recommendationsTo(report, organisation)).toEqual([
      ["återinföra den månatliga rapporteringen av handläggningstider till nämnden", ["bn"]],
      ["se över delegationsordningen så att beslut om sanktionsavgifter alltid anmäls", ["bn"]],
      [
        "Vi rekommenderar miljönämnden att ta fram en plan för tillsynen av enskilda avlopp.",
        ["mn"],
      ],
    ]);
  });
});
