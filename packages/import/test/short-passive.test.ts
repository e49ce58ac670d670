import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// An agency's audit report: findings, then in one section a passive of three letters after
// "bör" ("bör ses över"), asking for a thing to be done with no one named.
const report = [
  "Revisionsrapport",
  "",
  "Granskningen avser Statens fiskeverk.",
  "",
  "2.1 Attest",
  "Riksrevisionen rekommenderar Statens fiskeverk att uppdatera sin attestordning.",
  "",
  "3.1 Inventering",
  "Inventarieförteckningen stäms inte av mot bokföringen.",
  "Myndighetens förteckning över inventarier bör ses över så att den stäms av varje kvartal.",
].join("\n");

const organisation = {
  id: "s",
  bodies: [{ id: "sf", name: "Statens fiskeverk", kind: "agency" }],
};

describe("a short passive after 'bör'", () => {
  it("is a recommendation, to the one body audited", () => {
    const found = reportRead(report, organisation, "rapport.txt");
    expect(found.recommendations.map((r) => [r.text.slice(0, 30), r.to.map((b) => b.id)])).toEqual([
      ["Riksrevisionen rekommenderar S", ["sf"]],
      ["Myndighetens förteckning över ", ["sf"]],
    ]);
  });
});
