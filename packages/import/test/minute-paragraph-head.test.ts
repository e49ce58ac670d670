import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("a minute's paragraph head run into the text (body, paragraph number, meeting day)", () => {
  const read = (after: string) =>
    responseOfCommittee(
      [
        "Rekommendation 1: Kommunen bör se över delegationsordningen.",
        "Åtgärd: Delegationsordningen ses över senast i oktober 2027. Ansvarig: kanslichefen.",
        "",
        after,
      ].join("\n"),
      { id: "ks", name: "Kommunstyrelsen" },
    );

  it("gives no measure by the meeting's day", () => {
    for (const head of [
      "Kommunfullmäktige 38 14.06.2027 Förslag Kommunstyrelsen: Fullmäktige antecknar redogörelsen för kännedom. Beslut Förslaget godkändes.",
      "Kommunfullmäktige § 38 2027-06-14 Förslag Kommunstyrelsen: Fullmäktige antecknar redogörelsen för kännedom.",
    ])
      expect(read(head).sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
        ["2027-10-31"],
      ]);
  });
});
