import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlText } from "../src/docx-text.ts";

describe("the text of a Word document's HTML", () => {
  it("gives list items their markers, numbered lists their numbers and nested lists an indent", () => {
    expect(
      htmlText(
        "<p>Kommunstyrelsen rekommenderas att:</p><ul><li>Ta fram en plan.</li><li>Följ upp den<ul><li>varje år</li></ul></li></ul><ol><li>Ett</li><li>Två</li></ol><p>Inledning</p>",
      ),
    ).toBe(
      "Kommunstyrelsen rekommenderas att:\n\n- Ta fram en plan.\n- Följ upp den\n  - varje år\n\n1. Ett\n2. Två\n\nInledning",
    );
  });

  it("gives a table's rows as tab-separated cells, a cell's paragraphs joined by spaces", () => {
    expect(
      htmlText(
        "<table><tr><td><p>Revisionsfråga</p></td><td><p>Svar</p></td></tr><tr><td><p>Finns en plan?</p></td><td><p>Delvis.</p><p>Den är från 2019.</p></td></tr></table><p>Sedan</p>",
      ),
    ).toBe("Revisionsfråga\tSvar\nFinns en plan?\tDelvis. Den är från 2019.\n\nSedan");
  });

  it("decodes the entities mammoth writes, once", () => {
    expect(htmlText("<p>A &amp; B &lt;C&gt; &quot;D&quot; &#229; &#xE4; &amp;lt;</p>")).toBe(
      'A & B <C> "D" å ä &lt;',
    );
  });

  it("gives back every paragraph's text exactly, whatever characters it holds", () => {
    const asHtml = (t: string) =>
      t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const character = fc.constantFrom(..."abå äö<>&\"';#x1<p>/".split(""));
    const paragraph = fc.array(character, { maxLength: 30 }).map((cs) => cs.join("").trim());
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 8 }), (paragraphs) => {
        const html = paragraphs.map((p) => `<p>${asHtml(p)}</p>`).join("");
        expect(htmlText(html)).toBe(paragraphs.filter(Boolean).join("\n\n"));
      }),
    );
  });
});
