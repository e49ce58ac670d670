import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A review of one committee whose recommendations all go to it, with one in the passive and one
// with a formal subject that name no one: both are that committee's to act on.
const oneBody = [
  "Granskning av tillsynen över serveringstillstånd",
  "",
  "Revisorerna har granskat hur tillståndsnämnden bedriver tillsyn över serveringstillstånd.",
  "",
  "6 Bedömning och rekommendationer",
  "",
  "Tillståndsnämnden bör fastställa en tillsynsplan som bygger på en riskbedömning av varje verksamhet. Checklistan för besök på restauranger bör revideras så att den omfattar brandskyddet. Det är också angeläget att tillsynsbesöken dokumenteras samma vecka som de görs.",
].join("\n");

// Two bodies recommended to: a passive sentence there names no one and keeps no addressee.
const twoBodies = [
  "Granskning av tillsynen över serveringstillstånd",
  "",
  "Revisorerna har granskat hur tillståndsnämnden bedriver tillsyn över serveringstillstånd.",
  "",
  "6 Bedömning och rekommendationer",
  "",
  "Tillståndsnämnden bör fastställa en tillsynsplan som bygger på en riskbedömning av varje verksamhet. Kommunstyrelsen bör ge nämnden tillgång till kommunens ärendesystem. Checklistan för besök på restauranger bör revideras så att den omfattar brandskyddet.",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "tn", name: "Tillståndsnämnden", kind: "committee" },
    { id: "ks", name: "Kommunstyrelsen", kind: "executive" },
  ],
};

describe("a recommendation in the passive or with a formal subject", () => {
  it("goes to the one body a review is about when every other recommendation goes to it", () => {
    const found = reportRead(oneBody, organisation, "rapport.txt");
    expect(found.recommendations.map((r) => [r.text.slice(0, 24), r.to.map((b) => b.id)])).toEqual([
      ["Tillståndsnämnden bör fa", ["tn"]],
      ["Checklistan för besök på", ["tn"]],
      ["Det är också angeläget a", ["tn"]],
    ]);
  });

  it("keeps no addressee when the review's recommendations go to more than one body", () => {
    const found = reportRead(twoBodies, organisation, "rapport.txt");
    expect(found.recommendations.map((r) => [r.text.slice(0, 24), r.to.map((b) => b.id)])).toEqual([
      ["Tillståndsnämnden bör fa", ["tn"]],
      ["Kommunstyrelsen bör ge n", ["ks"]],
      ["Checklistan för besök på", []],
    ]);
  });
});
