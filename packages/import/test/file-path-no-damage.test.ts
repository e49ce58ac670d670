import { describe, expect, it } from "vitest";
import { damageIn } from "../src/damage.ts";

describe("a Windows file path in a page's footer", () => {
  it("is no line of stray symbols", () => {
    const page =
      "Styrelsen godkänner rapporten. \\\\fil01.bolaget.local\\gemensam\\styrelse\\2027\\maj\\4 rapport om inköp.docx";
    expect(damageIn(page)).toBeUndefined();
    expect(damageIn("Protokoll K:\\Nämnd\\Protokoll\\2027\\juni.pdf")).toBeUndefined();
  });

  it("still leaves stray marks from a stamp noted", () => {
    expect(damageIn("Justerat ~{ ^^ }~ Utdragsbestyrkande")).toBe("1 line of stray symbols");
  });
});
