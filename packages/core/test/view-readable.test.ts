import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { swedishRuns } from "../src/view/language-runs.ts";
import { firstWords, sourceLinks } from "../src/view/readable.ts";
import { audit, recordsView, response } from "./helpers/records-corpus.ts";

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

  it("gives a text of exactly 72 characters whole, and cuts one of 73", () => {
    const words = (n: number) => `${"Ord ".repeat(n / 4).trim()}.`;
    expect(words(72)).toHaveLength(72);
    expect(firstWords(words(72))).toBe(words(72).slice(0, -1));
    expect(firstWords(`${words(72)} Mer`)).toBe(`${"Ord ".repeat(18).trim()}…`);
  });

  it("cuts a text with no space in its first half at the limit, and drops the punctuation a cut leaves before the ellipsis", () => {
    expect(firstWords("x".repeat(100))).toBe(`${"x".repeat(72)}…`);
    const dashed = `${"Åtgärder ".repeat(7)}– och, ${"mer ".repeat(10)}`;
    expect(firstWords(dashed)).toBe(`${"Åtgärder ".repeat(7).trim()} – och…`);
    expect(firstWords(`  Rutin \n\t fastställs;  `)).toBe("Rutin fastställs");
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

  it("marks the longest name given, a name once inside a quotation, and no name of two letters", () => {
    expect(
      swedishRuns('Socialnämnden wrote "Socialnämnden beslutar"; KS did not.', [
        "Social",
        "Socialnämnden",
        "KS",
        "  ",
      ]),
    ).toEqual([
      { text: "Socialnämnden", sv: true },
      { text: " wrote " },
      { text: '"Socialnämnden beslutar"', sv: true },
      { text: "; KS did not." },
    ]);
    expect(swedishRuns("Nothing to mark here.", [])).toEqual([{ text: "Nothing to mark here." }]);
    expect(swedishRuns("", ["Socialnämnden"])).toEqual([]);
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

describe("the gaps of a record, in runs", () => {
  it("mark the organisation's and its bodies' Swedish names and the quotations, for audits and responses", () => {
    const gap = 'Socialnämndens svar citeras: "se bilaga"; Testkommun gav inget datum.';
    const withGap = (text: string) => text.replace(/gaps:\n {2}- .*\n/, `gaps:\n  - '${gap}'\n`);
    const view = recordsView("2025-12-31", {
      "audits/testkommun/REV-2024-1.md": withGap(audit),
      "responses/testkommun/SN-2024-10.md": withGap(response),
      "audits/nowhere/REV-1.md": withGap(audit)
        .replace("id: REV-2024-1", "id: REV-1")
        .replace("organisation: testkommun", "organisation: nowhere"),
    });
    const marked = [
      { text: "Socialnämndens", sv: true },
      { text: " svar citeras: " },
      { text: '"se bilaga"', sv: true },
      { text: "; " },
      { text: "Testkommun", sv: true },
      { text: " gav inget datum." },
    ];
    expect(view.audit("testkommun", "REV-2024-1")?.gapRuns).toEqual([marked]);
    expect(view.response("testkommun", "SN-2024-10")?.gapRuns).toEqual([marked]);
    // An organisation the corpus lacks has no names to mark; quotations are still Swedish.
    expect(view.audit("nowhere", "REV-1")?.gapRuns).toEqual([
      [
        { text: "Socialnämndens svar citeras: " },
        { text: '"se bilaga"', sv: true },
        { text: "; Testkommun gav inget datum." },
      ],
    ]);
  });
});
