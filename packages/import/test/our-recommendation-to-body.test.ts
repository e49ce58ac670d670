import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A news article quoting the auditors: "Vår rekommendation till X är att …" is one recommending
// sentence, not a heading "Rekommendationer till X" that opens a list; the chair's answer quoted
// after it is no recommendation.
const article = [
  "Revisorerna kritiserar bygglovshanteringen",
  "",
  "Revisorerna har granskat hur byggnadsnämnden handlägger bygglov.",
  "",
  "– Vår rekommendation till byggnadsnämnden är att den följer upp handläggningstiderna varje månad, säger revisorernas ordförande Eva Lund.",
  "",
  "Nämndens ordförande säger att kritiken tas på allvar.",
  "",
  "– Vi kommer att svara revisorerna i december och då redovisa vad vi gör, säger han.",
].join("\n");

const organisation = {
  id: "k",
  bodies: [{ id: "bn", name: "Byggnadsnämnden", kind: "committee" }],
};

describe("'Vår rekommendation till X är att …' in a quotation", () => {
  it("is one recommendation to that body, and opens no list", () => {
    expect(recommendationsTo(article, organisation, "artikel.txt")).toEqual([
      [
        "Vår rekommendation till byggnadsnämnden är att den följer upp handläggningstiderna varje månad",
        ["bn"],
      ],
    ]);
  });
});
