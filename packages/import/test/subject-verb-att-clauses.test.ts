import { describe, expect, it } from "vitest";
import { attClauses } from "../src/extract-audit.ts";
import { recommendationsTo } from "./helpers/report-read.ts";

// A summary's heading run into the auditors' first suggestion, whose body sees to two things:
// "… att X säkerställer att A och att B" is A and B, as "X bör se till att A och att B" is.
const report = [
  "Sammanfattning",
  "",
  "Utvecklingsområden Vi föreslår att socialnämnden säkerställer att handläggarna dokumenterar varje hembesök och att dokumentationen granskas varje kvartal. Socialnämnden bör ta fram en plan för kompetensutveckling.",
].join("\n");

const organisation = {
  id: "r",
  bodies: [
    { id: "sn", name: "Socialnämnden", kind: "committee" },
    { id: "ks", name: "Kommunstyrelsen", kind: "board" },
  ],
};

describe("'att X säkerställer att A och att B' after a run-in heading", () => {
  it("is A and B, to X", () => {
    expect(recommendationsTo(report, organisation, "rapport.txt")).toEqual([
      ["handläggarna dokumenterar varje hembesök", ["sn"]],
      ["dokumentationen granskas varje kvartal", ["sn"]],
      ["Socialnämnden bör ta fram en plan för kompetensutveckling.", ["sn"]],
    ]);
  });

  it("still keeps an infinitive's 'att säkerställa att A och att B' whole", () => {
    expect(
      attClauses(
        "Nämnden rekommenderas att säkerställa att planen följs och att avvikelser rapporteras.",
      ),
    ).toEqual([]);
  });
});
