import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// An auditor general's memorandum written in the first person singular: "Jeg anbefaler, at …".
const memo = [
  "RIGSREVISORS NOTAT TIL STATSREVISORERNE",
  "",
  "Tilskud til landdistriktsprojekter",
  "",
  "4. Jeg har gennemgået 20 tilsagn og fundet, at 6 manglede en slutrapport. 5. Jeg anbefaler, at Landbrugsstyrelsen kræver en slutrapport, før det sidste tilskud udbetales. 6. Styrelsen har oplyst, at den er enig.",
].join("\n");

const organisation = {
  id: "stat",
  bodies: [{ id: "lbst", name: "Landbrugsstyrelsen", kind: "committee" }],
};

describe("an auditor general recommending as 'jeg'", () => {
  it("reads 'Jeg anbefaler, at X …' as a recommendation to X", () => {
    const found = reportRead(memo, organisation, "notat.txt");
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      [
        "Jeg anbefaler, at Landbrugsstyrelsen kræver en slutrapport, før det sidste tilskud udbetales.",
        ["Landbrugsstyrelsen"],
      ],
    ]);
  });
});
