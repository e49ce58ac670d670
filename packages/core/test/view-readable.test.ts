import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { swedishRuns } from "../src/view/language-runs.ts";
import { firstWords, sourceLinks } from "../src/view/readable.ts";

describe("firstWords", () => {
  it("gives a short text whole, without its full stop", () => {
    expect(firstWords("Säkerställa att samverkan sker.")).toBe("Säkerställa att samverkan sker");
  });

  it("cuts a long text at a word and says so with an ellipsis", () => {
    const text =
      "Säkerställa att nämndens verksamheter har tillräckligt stöd och förutsättningar för att kunna identifiera de barn som lever under hedersrelaterat våld.";
    const short = firstWords(text);
    expect(short).toBe("Säkerställa att nämndens verksamheter har tillräckligt stöd och…");
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
  });

  it("is never longer than the limit and an ellipsis, and always starts the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), (raw) => {
        const flat = raw.replace(/\s+/g, " ").trim();
        const short = firstWords(raw);
        expect(short.length).toBeLessThanOrEqual(73);
        expect(flat.startsWith(short.replace(/…$/, ""))).toBe(true);
      }),
    );
  });
});

describe("sourceLinks", () => {
  it("finds the web addresses in a source line, without the punctuation after them", () => {
    expect(
      sourceLinks(
        "Protokoll (https://malmo.se/protokoll/2024.pdf), se även https://example.org/a?b=1.",
      ),
    ).toEqual(["https://malmo.se/protokoll/2024.pdf", "https://example.org/a?b=1"]);
    expect(sourceLinks("Yttrande, ASN-2024-2039")).toEqual([]);
    expect(sourceLinks(undefined)).toEqual([]);
  });
});

describe("swedishRuns", () => {
  it("marks quotations and the Swedish names given, genitives included, and nothing else", () => {
    const runs = swedishRuns(
      'The minutes send it to kommunfullmäktige ("Beslutet skickas till"); socialnämndens reply is lost.',
      ["Kommunfullmäktige", "Socialnämnden"],
    );
    expect(runs.filter((r) => r.sv).map((r) => r.text)).toEqual([
      "kommunfullmäktige",
      '"Beslutet skickas till"',
      "socialnämndens",
    ]);
    expect(runs.map((r) => r.text).join("")).toBe(
      'The minutes send it to kommunfullmäktige ("Beslutet skickas till"); socialnämndens reply is lost.',
    );
  });

  it("does not mark a name inside a longer word", () => {
    expect(swedishRuns("The socialnämndenkansli wrote.", ["Socialnämnden"])).toEqual([
      { text: "The socialnämndenkansli wrote." },
    ]);
  });

  it("gives back every character of any note, in order (property)", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
        (note, names) => {
          expect(
            swedishRuns(note, names)
              .map((r) => r.text)
              .join(""),
          ).toBe(note);
        },
      ),
    );
  });
});
