import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { textBlocks } from "../src/text-blocks.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(text, { id: "rs", name: "Regionstyrelsen" });
}

// A regional board's statement flattened one page to a line: the auditors' lead ends in "att"
// and the two items after it lost their bullets, each a capitalised sentence that bids; the
// board's answer follows under run-in sub-headings.
const statement = [
  "Yttrande",
  "",
  "2 Revisorernas rekommendation Granskningen visar att uppföljningen av avtalen är bristfällig. Revisorerna rekommenderar att regionstyrelsen vidtar åtgärder för att Upprätta en samlad förteckning över regionens hyresavtal. Säkerställa att avtalen följs upp minst en gång per år. Revisorerna önskar svar senast den 1 mars 2027. Regionstyrelsens svar Regionstyrelsen delar revisorernas bedömning. Förteckning En förteckning över samtliga hyresavtal upprättas av fastighetsenheten senast den 30 april 2027. Uppföljning Uppföljningen införs i regionens internkontrollplan för 2028.",
].join("\n");

describe("a lead in 'att' before capitalised items that lost their bullets", () => {
  it("splits the bidding sentences after the lead into items", () => {
    const items = textBlocks(statement).filter((b) => b.kind === "item");
    expect(items.map((b) => b.text)).toEqual([
      "Upprätta en samlad förteckning över regionens hyresavtal.",
      "Säkerställa att avtalen följs upp minst en gång per år.",
    ]);
  });

  it("opens a section for each item", () => {
    const read = response(statement);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "Upprätta en samlad förteckning över regionens hyresavtal.", "agrees"],
      [2, "Säkerställa att avtalen följs upp minst en gång per år.", "agrees"],
    ]);
  });

  it("leaves a capital after 'att' in a sentence that recommends nothing alone", () => {
    const text =
      "Nämnden har beslutat att Kommunstyrelsen ska informeras. Upprätta en plan för arbetet. Säkerställa att planen följs.";
    expect(textBlocks(text).filter((b) => b.kind === "item")).toEqual([]);
  });
});
