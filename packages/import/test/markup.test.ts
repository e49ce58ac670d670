import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutMarkup } from "../src/markup.ts";
import { responseRead } from "./helpers/report-read.ts";

const organisation = {
  id: "vestera",
  name: "Vesterå Kommune",
  bodies: [{ id: "okonomiudvalget", name: "Økonomiudvalget", kind: "committee" }],
};

describe("HTML left in pasted text", () => {
  it("takes the tags out line for line, a tag inside a line's words leaving a space", () => {
    expect(
      withoutMarkup(
        "<strong>Anbefaling 1</strong><br />\nRevisionen anbefaler, at …<br />Forvaltningen er enig.<br />\nA &amp; B",
      ),
    ).toBe("Anbefaling 1\nRevisionen anbefaler, at … Forvaltningen er enig.\nA & B");
  });

  it("leaves text without markup as it is, a '<' in words too", () => {
    const text = "Målet är <3 dagar och <Namn> fylls i.\nA &amp; B";
    expect(withoutMarkup(text)).toBe(text);
  });

  it("keeps every line where it was, whatever tags the lines hold", () => {
    const tag = fc.constantFrom(
      "<br />",
      "<strong>",
      "</strong>",
      "<p>",
      "</p>",
      '<span class="x">',
      "</li>",
    );
    const line = fc.array(fc.oneof(tag, fc.constantFrom("Nämnden", "instämmer", " ", "2027.")), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.array(
          line.map((parts) => parts.join("")),
          { minLength: 1, maxLength: 6 },
        ),
        (lines) => {
          const text = lines.join("\n");
          const cleaned = withoutMarkup(text);
          expect(cleaned.split("\n")).toHaveLength(lines.length);
          expect(cleaned).not.toMatch(/<\/?(?:br|strong|p|span|li)\b/u);
        },
      ),
    );
  });

  it("reads a response whose headings are in bold tags as one without them", () => {
    const body = [
      "<strong>Anbefaling 1</strong><br />",
      "Revisionen anbefaler, at forvaltningen indfører en fast månedlig afstemning.<br />",
      "<strong>Forvaltningens bemærkning:</strong> Forvaltningen er enig. Afstemningen indføres senest den 30. juni 2027.<br />",
      "<strong>Anbefaling 2</strong><br />",
      "Revisionen anbefaler, at forvaltningen opdaterer reglerne for økonomistyring.<br />",
      "<strong>Forvaltningens bemærkning:</strong> Forvaltningen er ikke enig.<br />",
    ].join("\n");
    const read = (text: string) =>
      responseRead(text, organisation).sections.map((s) => [
        s.number,
        s.text,
        s.stance,
        s.measures.map((m) => m.due?.end),
      ]);
    expect(read(body)).toEqual(read(body.replace(/<[^>]+>/gu, "")));
    expect(read(body)).toEqual([
      [
        1,
        "Revisionen anbefaler, at forvaltningen indfører en fast månedlig afstemning.",
        "agrees",
        ["2027-06-30"],
      ],
      [
        2,
        "Revisionen anbefaler, at forvaltningen opdaterer reglerne for økonomistyring.",
        "disagrees",
        [],
      ],
    ]);
  });
});
