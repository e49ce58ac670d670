import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("a step declined, then another taken all the same by a date", () => {
  const read = (answer: string, name = "Miljönämnden") =>
    responseOfCommittee(
      [
        "Rekommendation 1: Nämnden bör inrätta en särskild tillsynsgrupp för avlopp.",
        "",
        answer,
      ].join("\n"),
      { id: "mn", name },
    ).sections.map((s) => s.stance);

  it("agrees in part", () => {
    expect(
      read(
        "Nämnden anser inte att en särskild grupp behövs. En gemensam checklista för avloppstillsynen tas dock fram före utgången av maj 2028.",
      ),
    ).toEqual(["partly-agrees"]);
  });

  it("still disagrees where nothing is taken by a date", () => {
    expect(
      read(
        "Nämnden anser inte att en särskild grupp behövs. Inspektörerna påminns dock om rutinen.",
      ),
    ).toEqual(["disagrees"]);
  });

  it("in Danish too", () => {
    const danish = responseOfCommittee(
      [
        "Anbefaling 1: Forvaltningen bør samle alle tilsyn med dagtilbud i én enhed.",
        "",
        "Forvaltningen er ikke enig i, at tilsynene bør samles. En fælles tilsynsplan forelægges dog udvalget i marts 2028.",
      ].join("\n"),
      { id: "f", name: "Forvaltningen" },
    );
    expect(danish.sections.map((s) => s.stance)).toEqual(["partly-agrees"]);
  });
});
