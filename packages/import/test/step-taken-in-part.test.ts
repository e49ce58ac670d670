import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("an answer with no stance words that takes the step only in part", () => {
  const read = (answers: string[]) =>
    responseOfCommittee(
      [
        "Rekommendation 1: Nämnden bör ta fram en skötselplan för alla idrottshallar.",
        "",
        answers[0],
        "",
        "Rekommendation 2: Nämnden bör införa ett bokningssystem för omklädningsrummen.",
        "",
        answers[1],
      ].join("\n"),
      { id: "in", name: "Idrottsnämnden" },
    );

  it("agrees in part where the step's reach is cut back or a part is declined", () => {
    expect(
      read([
        "En skötselplan ska läggas fram för nämnden senast i oktober 2028. Planen kommer dock inte att omfatta de förhyrda hallarna.",
        "Nämnden har påbörjat en kartläggning av hur rummen används. Ett nytt bokningssystem införs inte.",
      ]).sections.map((s) => s.stance),
    ).toEqual(["partly-agrees", "partly-agrees"]);
  });

  it("agrees where the step is taken whole, and keeps a stance stated in words", () => {
    expect(
      read([
        "En skötselplan ska läggas fram för nämnden senast i oktober 2028.",
        "Nämnden instämmer. Systemet ska till en början bara gälla de egna hallarna.",
      ]).sections.map((s) => s.stance),
    ).toEqual(["agrees", "agrees"]);
  });

  it("in Norwegian too", () => {
    const norwegian = responseOfCommittee(
      [
        "Anbefaling 1: Kommunen bør opprette et register over alle leieavtaler.",
        "",
        "Et register vil bli innført innen 1. juni 2028, men det vil bare omfatte avtaler over 50 000 kroner.",
      ].join("\n"),
      { id: "r", name: "Rådmannen" },
    );
    expect(norwegian.sections.map((s) => s.stance)).toEqual(["partly-agrees"]);
  });
});
