import { describe, expect, it } from "vitest";
import { textBlocks } from "../src/text-blocks.ts";

// A document site's transcript: each page a paragraph that begins with the page's number, and a
// sentence cut by the page break going on at the top of the next page.
const transcript = [
  "1 Notat om tilsynet med daginstitutioner",
  "",
  "2 TILSYNETS NOTAT 1. Indledning Tilsynet har gennemgået tre institutioner. Vi anbefaler, at forvaltningen udarbejder en",
  "",
  "3 fælles tjekliste for tilsynsbesøg. 2. Afslutning Notatet sendes til udvalget.",
  "",
  "4 Bilag Oversigt over ledige pladser fordelt på institutionerne i kommunen ved årets udgang og de",
  "",
  "6 pladser ud af 40 var ledige ved årets udgang.",
].join("\n");

describe("a page's paragraph that goes on from the page before", () => {
  it("joins the sentence the page break cut, without the next page's number", () => {
    const texts = textBlocks(transcript).map((b) => b.text);
    expect(texts).toContain(
      "2 TILSYNETS NOTAT 1. Indledning Tilsynet har gennemgået tre institutioner. Vi anbefaler, at forvaltningen udarbejder en fælles tjekliste for tilsynsbesøg. 2. Afslutning Notatet sendes til udvalget.",
    );
  });

  it("leaves a paragraph whose leading number does not follow on by one as it is", () => {
    const texts = textBlocks(transcript).map((b) => b.text);
    expect(texts).toContain("6 pladser ud af 40 var ledige ved årets udgang.");
  });
});
