import { describe, expect, it } from "vitest";
import { recommendationsRead } from "./helpers/two-committees.ts";

describe("a recommending sentence whose body after 'att' stands far from its verb", () => {
  it("takes the body named right after 'att' as the addressee, by its name or as \"nämnden\"", () => {
    const text = [
      "Granskning av överförmyndarnämndens och socialnämndens samverkan",
      "",
      "Bedömning",
      "",
      "Socialnämnden har ingen rutin för hur orosanmälningar från skolor ska tas emot.",
      "",
      "Vi rekommenderar att nämnden i den kommande budgeten om möjligt avsätter medel till en gemensam rutin.",
    ].join("\n");
    expect(recommendationsRead(text).map((r) => r.to.map((b) => b.name))).toEqual([
      ["Socialnämnden"],
    ]);
  });
});
