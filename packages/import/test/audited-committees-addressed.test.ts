import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A report on three bodies whose last recommendation is to "the audited committees" as a
// group, in the indefinite plural, the executive board among them.
const organisation = {
  id: "k",
  bodies: [
    { id: "ks", name: "Kommunstyrelsen", kind: "board" },
    { id: "tn", name: "Tekniska nämnden", kind: "committee" },
    { id: "mn", name: "Miljönämnden", kind: "committee" },
    { id: "kf", name: "Kommunfullmäktige", kind: "council" },
  ],
};

describe("the audited committees as a recommendation's subject", () => {
  it("reads 'Samtliga granskade nämnder bör …' as to every body audited", () => {
    const report = [
      "Granskning av fordonshanteringen i Åsby kommun. Kommunstyrelsen, tekniska nämnden och miljönämnden.",
      "",
      "Vi har granskat om kommunstyrelsen, tekniska nämnden och miljönämnden har en ändamålsenlig hantering av kommunens fordon.",
      "",
      "Utifrån granskningen lämnar vi följande rekommendationer:",
      "",
      "Tekniska nämnden bör upprätta en förteckning över samtliga fordon och deras användning.",
      "",
      "Samtliga granskade nämnder bör säkerställa att körjournaler förs och granskas varje månad.",
    ].join("\n");
    const read = recommendationsTo(report, organisation);
    expect(read.map(([text]) => text)).toEqual([
      "Tekniska nämnden bör upprätta en förteckning över samtliga fordon och deras användning.",
      "Samtliga granskade nämnder bör säkerställa att körjournaler förs och granskas varje månad.",
    ]);
    expect(read[0]?.[1]).toEqual(["tn"]);
    expect([...(read[1]?.[1] ?? [])].sort()).toEqual(["ks", "mn", "tn"]);
  });
});
