import { describe, expect, it } from "vitest";
import { damageIn } from "../src/damage.ts";

describe("damageIn", () => {
  it("notes lines where a stamp or a signature left stray symbols", () => {
    const text = "Nämnden har tagit del av rapporten.\n~ ¢ { Justerare } ^\nBeslutet expedieras.";
    expect(damageIn(text)).toBe("1 line of stray symbols");
  });

  it("does not take a file's path printed in a footer for stray symbols", () => {
    for (const path of [
      "\\\\fil01.kommun.local\\dok\\nämnd\\2026\\protokoll\\3 svar på granskning.docx",
      "K:\\Socialnämnden\\Yttranden\\yttrande revision.pdf",
    ]) {
      expect(damageIn(`Nämnden instämmer i rekommendationen. ${path}`)).toBeUndefined();
    }
  });

  it("still counts stray symbols on a line that also prints a path", () => {
    const text = "~ ¢ ^ K:\\Nämnd\\Protokoll\\svar.docx";
    expect(damageIn(text)).toBe("1 line of stray symbols");
  });

  it("notes Swedish that has lost its å, ä and ö", () => {
    const sentence =
      "Namnden ska sakerstalla att atgarderna genomfors och att uppfoljningen av bedomningen sker och att forvaltningen rapporterar och fran och med nu. ";
    expect(damageIn(sentence.repeat(4))).toBe("Swedish words without å, ä and ö");
  });

  it("says nothing of clean text", () => {
    expect(
      damageIn("Nämnden delar revisorernas bedömning och åtgärdar bristerna under 2026."),
    ).toBeUndefined();
  });
});
