import { describe, expect, it } from "vitest";
import { cultureAndLeisure } from "./helpers/municipality-bodies.ts";
import { recommendationsTo } from "./helpers/report-read.ts";

// A municipality's page for a pre-study: the lead ends with "rekommenderar vi:" and names no
// one; each paragraph after it begins with the committee or committees it is to and "att".
const page = [
  "Sammanfattning",
  "",
  "Förstudien visar inte på sådana brister att en fördjupad granskning behövs. Utifrån våra iakttagelser rekommenderar vi:",
  "",
  "Kulturnämnden att ta fram en plan för hur biblioteksfilialernas öppettider ska följas upp.",
  "",
  "Kulturnämnden och fritidsnämnden att gemensamt se över avgifterna för lokaluthyrning.",
  "",
  "Rapporten i sin helhet",
].join("\n");

const organisation = cultureAndLeisure;

describe("a recommending lead that ends at its colon with no addressee", () => {
  it("reads each paragraph after it as one, to the bodies it begins with", () => {
    expect(recommendationsTo(page, organisation)).toEqual([
      [
        "Kulturnämnden att ta fram en plan för hur biblioteksfilialernas öppettider ska följas upp.",
        ["kn"],
      ],
      [
        "Kulturnämnden och fritidsnämnden att gemensamt se över avgifterna för lokaluthyrning.",
        ["kn", "fn"],
      ],
    ]);
  });
});
