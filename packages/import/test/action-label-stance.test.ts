import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("a response that answers each recommendation only by the step it decides ('Åtgärd: …')", () => {
  const read = responseOfCommittee(
    [
      "Rekommendation 1: Nämnden bör ta fram rutiner för tillsynsbesöken.",
      "Åtgärd: Rutinerna skrivs under hösten och antas senast i mars 2028. Ansvarig: miljöchefen.",
      "",
      "Rekommendation 2: Nämnden bör redovisa besöken i årsberättelsen.",
      "Åtgärd: Besöken har redovisats i årsberättelsen sedan 2024; ingen ändring föreslås.",
      "",
      "Rekommendation 3: Nämnden bör anställa en egen jurist.",
      "Åtgärd: Rekommendationen genomförs inte. Juridiskt stöd köps in vid behov.",
      "",
      "Rekommendation 4: Nämnden bör införa e-tjänster och mobila inspektioner.",
      "Åtgärd: E-tjänsterna införs under 2028, men mobila inspektioner prövas inte nu.",
      "",
      "Rekommendation 5: Nämnden bör se över taxan.",
      "Åtgärd: Taxan ses över inför budgeten.",
    ].join("\n"),
    { id: "mn", name: "Miljönämnden" },
  );

  it("reads agreeing from a step taken up, in part where the rest is declined", () => {
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "agrees"],
      [3, "disagrees"],
      [4, "partly-agrees"],
      [5, "agrees"],
    ]);
  });

  it("leaves a stance the answer states itself as it is", () => {
    const said = responseOfCommittee(
      [
        "Rekommendation 1: Nämnden bör ta fram rutiner för tillsynsbesöken.",
        "Nämnden instämmer delvis. Åtgärd: Rutinerna skrivs senast i mars 2028.",
      ].join("\n"),
      { id: "mn", name: "Miljönämnden" },
    );
    expect(said.sections.map((s) => s.stance)).toEqual(["partly-agrees"]);
  });
});
