import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A Norwegian follow-up: the auditors bid a ministry with the infinitive marker "å" after it,
// not "at", an adverb of contrast before it.
const page = [
  "3.2 Riksrevisjonens kommentarer",
  "",
  "Riksrevisjonen merker seg at ordningen er lagt om. Riksrevisjonen anbefaler likevel Kulturdepartementet å kartlegge om tilskuddene når de minste lagene innen neste budsjettår.",
].join("\n");

const organisation = {
  id: "n",
  bodies: [{ id: "kud", name: "Kulturdepartementet", kind: "ministry" }],
};

describe("a Norwegian ask with the infinitive after whom it bids", () => {
  it("is a recommendation to that body", () => {
    expect(recommendationsTo(page, organisation)).toEqual([
      [
        "Riksrevisjonen anbefaler likevel Kulturdepartementet å kartlegge om tilskuddene når de minste lagene innen neste budsjettår.",
        ["kud"],
      ],
    ]);
  });
});
