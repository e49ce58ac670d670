import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

const organisation = {
  id: "k",
  bodies: [
    { id: "sn", name: "Socialnämnden", kind: "committee" },
    { id: "rev", name: "Revisorerna", kind: "auditors" },
  ],
};

describe("a list item holding two sentences that each say what the doer should do", () => {
  it("reads two recommendations, the second with its pronoun, to the lead's addressee", () => {
    const report = [
      "Rekommendationer",
      "",
      "Revisorerna lämnar följande rekommendationer till socialnämnden:",
      "",
      "  • Nämnden bör ta fram en rutin för uppföljning av placeringar utanför hemmet.",
      "  • Nämnden bör säkerställa att avtalen med familjehemmen är undertecknade. Den bör även följa upp att arvodena betalas ut enligt avtalen.",
      "  • Handläggarna bör få utbildning i dokumentation. Det gäller särskilt nyanställda.",
    ].join("\n");
    expect(recommendationsTo(report, organisation)).toEqual([
      ["Nämnden bör ta fram en rutin för uppföljning av placeringar utanför hemmet.", ["sn"]],
      ["Nämnden bör säkerställa att avtalen med familjehemmen är undertecknade.", ["sn"]],
      ["Den bör även följa upp att arvodena betalas ut enligt avtalen.", ["sn"]],
      ["Handläggarna bör få utbildning i dokumentation. Det gäller särskilt nyanställda.", ["sn"]],
    ]);
  });
});
