import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A municipality that calls itself a city ("Vikby stad"): "staden" after the recommending
// verb's "att" is the city.
const organisation = {
  id: "v",
  bodies: [
    { id: "stad", name: "Vikby stad", kind: "municipality" },
    { id: "slf", name: "Stadsledningsförvaltningen", kind: "administration" },
  ],
};

describe("'staden' as whom a recommendation is to", () => {
  it("reads 'Vi rekommenderar att staden …' as to the city", () => {
    const report = [
      "Vi har följt upp förra årets granskning av ekonomisystemet i Vikby stad.",
      "",
      "Vi rekommenderar att stadsledningsförvaltningen dokumenterar alla ändringar av behörigheter i systemet. Vi rekommenderar vidare att staden upphandlar en ny leverantör av systemets drift före årets slut.",
    ].join("\n");
    expect(recommendationsTo(report, organisation)).toEqual([
      [
        "Vi rekommenderar att stadsledningsförvaltningen dokumenterar alla ändringar av behörigheter i systemet.",
        ["slf"],
      ],
      [
        "Vi rekommenderar vidare att staden upphandlar en ny leverantör av systemets drift före årets slut.",
        ["stad"],
      ],
    ]);
  });
});
