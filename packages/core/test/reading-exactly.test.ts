// Documented forms are read to exactly the values README gives them; a slip (case, spacing,
// word order, another dash) is read to the same value or refused with a suggestion that leads
// back to it, never read as something else.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../src/index.ts";
import { englishMonths, swedishMonths } from "../src/periods/words.ts";
import {
  readReportedState,
  readStance,
  reportedVocabulary,
  stanceVocabulary,
} from "../src/syntax/response-syntax.ts";

interface Expected {
  start: string;
  end: string;
  precision: string;
  qualifier: string;
}
interface Form {
  text: string;
  expected: Expected;
}

// An oracle of its own: plain Date arithmetic, not the calendar module under test.
const day = (y: number, m: number, d: number) =>
  new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const lastDay = (y: number, m: number) => day(y, m + 1, 0);
const span = (y: number, fromMonth: number, toMonth: number, precision: string): Expected => ({
  start: day(y, fromMonth, 1),
  end: lastDay(y, toMonth),
  precision,
  qualifier: "in",
});
function isoWeekMonday(y: number, w: number): string {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = Date.UTC(y, 0, 4) - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday + (w - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

const swedishOrdinals = ["första", "andra", "tredje", "fjärde"];
const shortOrdinals = ["1:a", "2:a", "3:e", "4:e"];

const year = fc.integer({ min: 1990, max: 2150 });
const month = fc.integer({ min: 1, max: 12 });

/** Every documented form README lists, with the span it names. */
const documented: fc.Arbitrary<Form> = fc.oneof(
  fc.record({ y: year, m: month, d: fc.integer({ min: 1, max: 28 }) }).chain(({ y, m, d }) =>
    fc.constantFrom<Form>(
      {
        text: day(y, m, d),
        expected: { start: day(y, m, d), end: day(y, m, d), precision: "day", qualifier: "in" },
      },
      {
        text: `den ${d} ${swedishMonths[m - 1]} ${y}`,
        expected: { start: day(y, m, d), end: day(y, m, d), precision: "day", qualifier: "in" },
      },
      {
        text: `senast den ${d} ${swedishMonths[m - 1]} ${y}`,
        expected: { start: day(y, m, d), end: day(y, m, d), precision: "day", qualifier: "by" },
      },
      {
        text: `från den ${d} ${swedishMonths[m - 1]} ${y}`,
        expected: { start: day(y, m, d), end: day(y, m, d), precision: "day", qualifier: "from" },
      },
      {
        text: `${d} ${englishMonths[m - 1]} ${y}`,
        expected: { start: day(y, m, d), end: day(y, m, d), precision: "day", qualifier: "in" },
      },
    ),
  ),
  fc
    .record({ y: year, m: month })
    .chain(({ y, m }) =>
      fc.constantFrom<Form>(
        { text: `${y}-${String(m).padStart(2, "0")}`, expected: span(y, m, m, "month") },
        { text: `${swedishMonths[m - 1]} ${y}`, expected: span(y, m, m, "month") },
        { text: `i ${swedishMonths[m - 1]} ${y}`, expected: span(y, m, m, "month") },
        { text: `${englishMonths[m - 1]} ${y}`, expected: span(y, m, m, "month") },
      ),
    ),
  fc.record({ y: year, q: fc.integer({ min: 1, max: 4 }) }).chain(({ y, q }) => {
    const quarter = span(y, q * 3 - 2, q * 3, "quarter");
    return fc.constantFrom<Form>(
      { text: `${y}-Q${q}`, expected: quarter },
      { text: `${y}-q${q}`, expected: quarter },
      { text: `Q${q} ${y}`, expected: quarter },
      { text: `Q${q}-${y}`, expected: quarter },
      { text: `${swedishOrdinals[q - 1]} kvartalet ${y}`, expected: quarter },
      { text: `${shortOrdinals[q - 1]} kvartalet ${y}`, expected: quarter },
      { text: `kvartal ${q} ${y}`, expected: quarter },
      {
        text: `senast ${swedishOrdinals[q - 1]} kvartalet ${y}`,
        expected: { ...quarter, qualifier: "by" },
      },
    );
  }),
  fc.record({ y: year, t: fc.integer({ min: 1, max: 3 }) }).chain(({ y, t }) => {
    const tertial = span(y, t * 4 - 3, t * 4, "tertial");
    return fc.constantFrom<Form>(
      { text: `${y}-T${t}`, expected: tertial },
      { text: `T${t} ${y}`, expected: tertial },
      { text: `T${t}-${y}`, expected: tertial },
      { text: `tertial ${t} ${y}`, expected: tertial },
    );
  }),
  fc.record({ y: year, h: fc.integer({ min: 1, max: 2 }) }).chain(({ y, h }) => {
    const half = span(y, h * 6 - 5, h * 6, "half-year");
    return fc.constantFrom<Form>(
      { text: `${y}-H${h}`, expected: half },
      { text: `H${h} ${y}`, expected: half },
      { text: `H${h}-${y}`, expected: half },
      { text: `${swedishOrdinals[h - 1]} halvåret ${y}`, expected: half },
    );
  }),
  year.chain((y) =>
    fc.constantFrom<Form>(
      { text: `${y}`, expected: span(y, 1, 12, "year") },
      { text: `under ${y}`, expected: span(y, 1, 12, "year") },
      { text: `verksamhetsåret ${y}`, expected: span(y, 1, 12, "year") },
      { text: `i början av ${y}`, expected: span(y, 1, 3, "quarter") },
      { text: `early ${y}`, expected: span(y, 1, 3, "quarter") },
      { text: `i slutet av ${y}`, expected: span(y, 10, 12, "quarter") },
      { text: `end of ${y}`, expected: span(y, 10, 12, "quarter") },
      { text: `våren ${y}`, expected: span(y, 3, 6, "season") },
      { text: `sommaren ${y}`, expected: span(y, 6, 8, "season") },
      { text: `hösten ${y}`, expected: span(y, 9, 12, "season") },
      { text: `januari-mars ${y}`, expected: span(y, 1, 3, "month") },
      {
        text: `${y}/${y + 1}`,
        expected: {
          start: day(y, 1, 1),
          end: day(y + 1, 12, 31),
          precision: "year",
          qualifier: "in",
        },
      },
    ),
  ),
  fc
    .record({ y: fc.integer({ min: 1990, max: 2150 }), w: fc.integer({ min: 1, max: 52 }) })
    .map(({ y, w }): Form => {
      const monday = isoWeekMonday(y, w);
      const sunday = new Date(Date.parse(monday) + 6 * 86_400_000).toISOString().slice(0, 10);
      return {
        text: `vecka ${w} ${y}`,
        expected: { start: monday, end: sunday, precision: "week", qualifier: "in" },
      };
    }),
);

function readTo(text: string): Expected | undefined {
  const result = parsePeriod(text);
  if (!result.ok) return undefined;
  const { start, end, precision, qualifier } = result.period;
  return { start, end, precision, qualifier };
}

const dashes = ["-", "–", "—", "‑", "‒", "−"];
const spaces = ["  ", "\u00a0", "\u202f", "\t"];

/** One slip of the kind people make, applied at a place chosen by `at` (0 ≤ at < 1). */
type Slip = (text: string, at: number) => string;
const pick = <T>(list: readonly T[], at: number): T | undefined =>
  list[Math.floor(at * list.length)];
const slipsOfSpacing: Slip[] = [
  // another space: two, a no-break space, a tab
  (t, at) => {
    const where = [...t.matchAll(/ /g)].map((m) => m.index);
    const i = pick(where, at);
    return i === undefined
      ? t
      : `${t.slice(0, i)}${pick(spaces, (at * 7) % 1) ?? " "}${t.slice(i + 1)}`;
  },
  // a space dropped between a word and a number ("september2024", "Q12026")
  (t, at) => {
    const where = [...t.matchAll(/(?<=\p{L}) (?=\d)|(?<=\d) (?=\p{L})/gu)].map((m) => m.index);
    const i = pick(where, at);
    return i === undefined ? t : `${t.slice(0, i)}${t.slice(i + 1)}`;
  },
  // spaces put around a dash or a slash
  (t) => t.replace(/([-/])/, " $1 "),
  // a space put inside a code ("Q 1", "2025-Q 4")
  (t) => t.replace(/\b([QTH])(\d)/, "$1 $2"),
];
const slipOfCase: Slip = (t, at) =>
  [...t]
    .map((c, i) => ((i * 31 + Math.floor(at * 97)) % 3 === 0 ? c.toUpperCase() : c.toLowerCase()))
    .join("");
const slipOfDash: Slip = (t, at) => t.replace(/-/g, () => pick(dashes, at) ?? "-");
const slipOfOrder: Slip = (t, at) => {
  const words = t.split(" ");
  if (words.length < 2) return t;
  const i = Math.floor(at * (words.length - 1));
  [words[i], words[i + 1]] = [words[i + 1] ?? "", words[i] ?? ""];
  return words.join(" ");
};

describe("documented date forms are read to exactly their values", () => {
  it("every generated form (property)", () => {
    fc.assert(
      fc.property(documented, ({ text, expected }) => {
        expect(readTo(text), text).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["Q1-2026", "2026-01-01", "2026-03-31"],
    ["Q1 2026", "2026-01-01", "2026-03-31"],
    ["2025-q4", "2025-10-01", "2025-12-31"],
    ["end of 2025", "2025-10-01", "2025-12-31"],
    ["T2-2025", "2025-05-01", "2025-08-31"],
    ["H2-2025", "2025-07-01", "2025-12-31"],
  ])("%s is the period it names, never a range to the end of the year", (text, start, end) => {
    expect(readTo(text)).toMatchObject({ start, end });
  });

  it.each([
    ["2025-6-30", "2025-06-30"],
    ["mars-2026", "mars 2026"],
    ["vecka 12-2025", "vecka 12 2025"],
    ["2026 Q1", "Q1 2026"],
    ["31/5 2024", "2024-05-31"],
    ["2024.05.31", "2024-05-31"],
    ["01-2026", "2026-01"],
    ["hosten 2025", "hösten 2025"],
    ["sepember 2025", "september 2025"],
  ])("%s is refused, suggesting %s", (text, suggestion) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.suggestion).toBe(suggestion);
  });

  it("names an invisible or foreign character in a date", () => {
    const result = parsePeriod("m\u0430j 2024");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.en).toContain("U+0430 CYRILLIC SMALL LETTER A");
      expect(result.suggestion).toBe("maj 2024");
    }
  });
});

describe("a slip in a date is read the same or refused with a way back, never read otherwise", () => {
  it("case, spacing, dashes and word order (property)", () => {
    const slip = fc.oneof(
      fc.constant(slipOfCase),
      fc.constant(slipOfDash),
      fc.constant(slipOfOrder),
      ...slipsOfSpacing.map((s) => fc.constant(s)),
    );
    fc.assert(
      fc.property(
        documented,
        fc.array(fc.tuple(slip, fc.double({ min: 0, max: 0.999, noNaN: true })), {
          minLength: 1,
          maxLength: 3,
        }),
        ({ text, expected }, slips) => {
          // At most one change of word order, made first on the words as documented: a
          // person swaps words, not the halves of a code they have just split.
          const order = slips.find(([s]) => s === slipOfOrder);
          let written = order ? slipOfOrder(text, order[1]) : text;
          for (const [s, at] of slips) if (s !== slipOfOrder) written = s(written, at);
          const result = parsePeriod(written);
          if (result.ok) {
            const { start, end, precision, qualifier } = result.period;
            expect({ start, end, precision, qualifier }, `${text} → ${written}`).toEqual(expected);
          } else {
            expect(result.suggestion, `${text} → ${written}: ${result.message.en}`).toBeDefined();
            expect(readTo(result.suggestion ?? ""), `${written} → ${result.suggestion}`).toEqual(
              expected,
            );
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** The stances and reported states README lists, with the value each one is read as. */
const documentedStances: [string, string][] = [
  ["instämmer", "agrees"],
  ["instämmer helt", "agrees"],
  ["delar", "agrees"],
  ["delar helt", "agrees"],
  ["agrees", "agrees"],
  ["agree", "agrees"],
  ["fully agrees", "agrees"],
  ["instämmer delvis", "partly-agrees"],
  ["delar delvis", "partly-agrees"],
  ["delvis", "partly-agrees"],
  ["partly agrees", "partly-agrees"],
  ["partially agrees", "partly-agrees"],
  ["instämmer inte", "disagrees"],
  ["instämmer ej", "disagrees"],
  ["delar inte", "disagrees"],
  ["delar ej", "disagrees"],
  ["disagrees", "disagrees"],
  ["disagree", "disagrees"],
  ["does not agree", "disagrees"],
  ["inget ställningstagande", "no-stance"],
  ["ingen", "no-stance"],
  ["no stance", "no-stance"],
  ["none", "no-stance"],
];

describe("stances are read exactly", () => {
  it("the list in README is the vocabulary, no more and no less", () => {
    expect(stanceVocabulary.phrases.map((p) => [p.text, p.value]).sort()).toEqual(
      [...documentedStances].sort(),
    );
  });

  it("every documented stance, in any case, alone or followed by a separator and prose (property)", () => {
    const tail = fc.constantFrom(
      "",
      ".",
      ", men nämnden ser behov av mer tid.",
      " – se nedan",
      " (se bilaga)",
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...documentedStances),
        tail,
        fc.boolean(),
        ([phrase, value], after, upper) => {
          const written = `${upper ? phrase.toUpperCase() : phrase[0]?.toUpperCase() + phrase.slice(1)}${after}`;
          expect(readStance(written), written).toBe(value);
        },
      ),
    );
  });

  it.each([
    ["instämmer inte helt", ["instämmer delvis", "instämmer inte"]],
    ["inte helt instämmer", ["instämmer delvis", "instämmer inte"]],
    ["delar inte helt", ["instämmer delvis", "instämmer inte"]],
    ["instämmer till viss del", ["instämmer delvis", "instämmer"]],
    ["instämmer i rekommendationen", ["instämmer"]],
    ["delvis instämmer", ["instämmer delvis"]],
  ])(
    "%s is refused: Spårbar does not choose between the stances it lies between",
    (text, suggestions) => {
      expect(readStance(text)).toBeUndefined();
      expect(stanceVocabulary.read(text)).toEqual({ ok: false, suggestions });
    },
  );

  it.each([
    ["instämmer i rekommendationen och avser att …", "agrees"],
    ["instämmer delvis i revisorernas bedömning", "partly-agrees"],
    ["instämmer inte i rekommendationen", "disagrees"],
    ["delar revisorernas bedömning", "agrees"],
    ["delar delvis revisorernas bild", "partly-agrees"],
    ["delar inte bedömningen", "disagrees"],
    ["instämmer helt, och …", "agrees"],
    ["agrees with the Committee's recommendation", "agrees"],
    ["disagrees with the Committee's recommendation", "disagrees"],
  ])("in running prose, %s is read as %s", (text, value) => {
    const read = stanceVocabulary.readInProse(text);
    expect(read.ok && read.value).toBe(value);
  });

  it.each([
    ["instämmer inte helt i revisorernas bild", ["instämmer delvis", "instämmer inte"]],
    ["instämmer i huvudsak med revisorerna", ["instämmer delvis", "instämmer"]],
    ["delar inte helt revisorernas bedömning", ["instämmer delvis", "instämmer inte"]],
    ["instämmer ännu inte", []],
    ["agreed", []],
  ])("in running prose, %s is read as no stance, as a line would not be", (text, suggestions) => {
    expect(stanceVocabulary.readInProse(text)).toEqual({ ok: false, suggestions });
  });

  it("reads prose as a line reads it, whenever the line is read (property)", () => {
    const tail = fc.constantFrom("", ".", ", men nämnden ser behov av mer tid.", " – se nedan");
    fc.assert(
      fc.property(fc.constantFrom(...documentedStances), tail, ([phrase, value], after) => {
        const read = stanceVocabulary.readInProse(`${phrase}${after}`);
        expect(read.ok && read.value).toBe(value);
      }),
    );
  });

  it("a slip in a stance is read the same or refused with a suggestion of the same stance (property)", () => {
    const slip = fc.constantFrom<Slip>(
      slipOfCase,
      slipOfOrder,
      (t) => t.replace(/ /g, "\u00a0"),
      (t) => t.replace(/ /g, "  "),
      (t) => t.normalize("NFD").replace(/\p{M}/gu, ""),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...documentedStances),
        slip,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        ([phrase, value], s, at) => {
          const written = s(phrase, at);
          const read = stanceVocabulary.read(written);
          if (read.ok) expect(read.value, `${phrase} → ${written}`).toBe(value);
          else {
            expect(read.suggestions.length, `${phrase} → ${written}`).toBeGreaterThan(0);
            for (const suggestion of read.suggestions) expect(readStance(suggestion)).toBe(value);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("reported states are read exactly", () => {
  it.each([
    ["Genomfört.", "done"],
    ["Genomfört, med fokus på rehabiliteringsprocessen", "done"],
    ["Görs exempelvis genom uppföljningen", "in-progress"],
    ["Delvis genomfört: två av tre verksamheter", "partly-done"],
    ["Ej påbörjat", "not-started"],
    ["pågår", "in-progress"],
  ])("%s → %s", (text, state) => {
    expect(readReportedState(text)).toBe(state);
  });

  it.each([
    ["Genomfört delvis", "delvis genomfört"],
    ["Pågår inte", "ej påbörjat"],
    ["Påbörjat inte", "inte påbörjat"],
  ])("%s is refused, never read as the state its first word names", (text, suggestion) => {
    expect(readReportedState(text)).toBeUndefined();
    const read = reportedVocabulary.read(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.suggestions).toContain(suggestion);
  });
});
