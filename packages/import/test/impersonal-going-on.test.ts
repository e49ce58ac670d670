import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A report on two committees: a formal subject that says it goes on ("också") after a
// recommendation to one of them is that committee's; a passive that does not say so, after
// recommendations to different committees, stays without an addressee.
const report = [
  "Granskning av arkivering hos socialnämnden och tekniska nämnden",
  "",
  "Rekommendationer",
  "",
  "Socialnämnden behöver ta fram en arkivbeskrivning för hela förvaltningen. Det behöver också säkerställas att gallringsbeslut dokumenteras i diariet.",
  "",
  "Tekniska nämnden bör utse en arkivansvarig för varje enhet. Arkivförteckningen bör uppdateras varje år.",
].join("\n");

const organisation = {
  id: "r",
  bodies: [
    { id: "sn", name: "Socialnämnden", kind: "committee" },
    { id: "tn", name: "Tekniska nämnden", kind: "committee" },
  ],
};

describe("an impersonal recommendation that says it goes on", () => {
  it("is the body's of the recommendation before it in the same paragraph", () => {
    const found = reportRead(report, organisation, "rapport.txt");
    expect(found.recommendations.map((r) => [r.text.slice(0, 24), r.to.map((b) => b.id)])).toEqual([
      ["Socialnämnden behöver ta", ["sn"]],
      ["Det behöver också säkers", ["sn"]],
      ["Tekniska nämnden bör uts", ["tn"]],
      ["Arkivförteckningen bör u", []],
    ]);
  });
});
