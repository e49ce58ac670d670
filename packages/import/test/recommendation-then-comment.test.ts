import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(text, { id: "st", name: "Styrelsen" });
}

// A company's board paper flattened one page to a line: a summary of a group-wide review with
// a "bör" of its own, then each recommendation to the company quoted with the group's name as
// its maker, followed by the company's comment.
const paper = [
  "Styrelseärende",
  "",
  "1 Ärendet Moderbolaget har granskat dotterbolagens inköp. Flera brister har noterats. En del av bristerna bör rättas till snart, men ingen är allvarlig.",
  "",
  "2 För Solgläntan Bostäder AB redovisas rekommendationerna med bolagets kommentarer. Avtalsregister Bolaget saknar ett samlat avtalsregister. Moderbolaget rekommenderar att bolaget upprättar ett avtalsregister. Kommentar: Bolaget instämmer. Registret upprättas under oktober 2027. Attest Fakturor attesteras ibland av den som beställt. Moderbolaget rekommenderar att bolaget inför dualitet vid attest. Kommentar: Bolaget instämmer. Dualitet gäller från och med den 1 januari 2028. Inköpspolicy Policyn är från 2015. Moderbolaget rekommenderar att bolaget reviderar inköpspolicyn. Kommentar: Bolaget anser inte att en ny policy behövs.",
].join("\n");

describe("recommendations and the company's comments in turn, after a summary", () => {
  it("gives each comment to the recommendation just before it and numbers them from there", () => {
    const read = response(paper);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "Moderbolaget rekommenderar att bolaget upprättar ett avtalsregister.", "agrees"],
      [2, "Moderbolaget rekommenderar att bolaget inför dualitet vid attest.", "agrees"],
      [3, "Moderbolaget rekommenderar att bolaget reviderar inköpspolicyn.", "disagrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-10-31"],
      ["2028-01-01"],
      [],
    ]);
  });
});
