import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

// A region's page summing up a review: the recommendations retold in the past tense and the
// passive, then a summary of the committee's answer naming the second by its place.
const page = [
  "Granskning av hjälpmedelsverksamheten",
  "",
  "Revisorerna har granskat hjälpmedelscentralens lagerhållning. I missivet rekommenderade revisorerna nämnden att inventera lagret av rullstolar två gånger per år. Vidare rekommenderades att nämnden följer upp återlämnade hjälpmedel varje månad. Slutligen rekommenderades nämnden att upphandla ett nytt lagersystem.",
  "",
  "Sammandrag av nämndens yttrande: Nämnden delar revisorernas bild. Nämnden instämmer delvis i den andra rekommendationen: uppföljningen sker varje kvartal. Ett nytt lagersystem ingår redan i regionens gemensamma upphandling och nämnden ser därför inget behov av en egen.",
].join("\n");

describe("recommendations retold in the past tense and the passive", () => {
  it("reads each retelling sentence as a recommendation and the summary's answers in order", () => {
    const read = responseOfCommittee(page, { id: "namnden", name: "Hjälpmedelsnämnden" });
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [
        1,
        "I missivet rekommenderade revisorerna nämnden att inventera lagret av rullstolar två gånger per år.",
        "agrees",
      ],
      [
        2,
        "Vidare rekommenderades att nämnden följer upp återlämnade hjälpmedel varje månad.",
        "partly-agrees",
      ],
      [3, "Slutligen rekommenderades nämnden att upphandla ett nytt lagersystem.", "disagrees"],
    ]);
  });
});
