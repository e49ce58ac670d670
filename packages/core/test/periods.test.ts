import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  daysInMonth,
  endOfDayInStockholm,
  isoDay,
  stockholmDay,
} from "../src/periods/calendar.ts";
import { formatPeriod } from "../src/periods/format.ts";
import { parsePeriod } from "../src/periods/parse.ts";

function parsed(text: string) {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return result.period;
}

describe("parsePeriod: phrases from the seed documents", () => {
  it.each([
    ["den 31 maj 2024", "2024-05-31", "2024-05-31", "day", "in"],
    ["i januari 2025", "2025-01-01", "2025-01-31", "month", "in"],
    ["januari 2025", "2025-01-01", "2025-01-31", "month", "in"],
    ["senast fjärde kvartalet 2022", "2022-10-01", "2022-12-31", "quarter", "by"],
    ["i början av 2026", "2026-01-01", "2026-03-31", "quarter", "in"],
    ["under 2025", "2025-01-01", "2025-12-31", "year", "in"],
    ["hösten 2023", "2023-09-01", "2023-12-31", "season", "in"],
    // Before the summer break, which Swedish public bodies take from midsummer: the end of June.
    ["innan sommaren 2024", "2024-01-01", "2024-06-30", "season", "before"],
    ["mars-april 2024", "2024-03-01", "2024-04-30", "month", "in"],
    ["under mars–april 2024", "2024-03-01", "2024-04-30", "month", "in"],
    ["under 2024–2025", "2024-01-01", "2025-12-31", "year", "in"],
    ["från den 1 januari 2026", "2026-01-01", "2026-01-01", "day", "from"],
    ["från och med 2026", "2026-01-01", "2026-01-01", "year", "from"],
    ["från och med den 1 mars 2026", "2026-03-01", "2026-03-01", "day", "from"],
    ["till och med 2026", "2026-01-01", "2026-12-31", "year", "by"],
    ["vid årsskiftet 2025/2026", "2026-01-01", "2026-01-01", "day", "in"],
    ["innan årsskiftet 2025/26", "2025-01-01", "2025-12-31", "day", "before"],
    ["till årsskiftet 2025/2026", "2025-01-01", "2025-12-31", "day", "before"],
    ["senast till årsskiftet 2025/26", "2025-01-01", "2025-12-31", "day", "before"],
    ["till och med årsskiftet 2025/2026", "2026-01-01", "2026-01-01", "day", "by"],
    // Before the end of a period is by its last day, never before the period begins.
    ["före utgången av 2026", "2026-01-01", "2026-12-31", "year", "by"],
    ["innan utgången av juni 2026", "2026-06-01", "2026-06-30", "month", "by"],
    ["före slutet av 2026", "2026-01-01", "2026-12-31", "year", "by"],
    ["innan slutet av juni 2026", "2026-06-01", "2026-06-30", "month", "by"],
    ["before the end of 2026", "2026-01-01", "2026-12-31", "year", "by"],
    ["läsåret 2025/26", "2025-08-01", "2026-06-30", "year", "in"],
    ["läsåret 2099/00", "2099-08-01", "2100-06-30", "year", "in"],
    ["verksamhetsåret 2025", "2025-01-01", "2025-12-31", "year", "in"],
    ["1 kvartalet 2026", "2026-01-01", "2026-03-31", "quarter", "in"],
    ["under 2:a halvåret 2025", "2025-07-01", "2025-12-31", "half-year", "in"],
    ["vecka 12 2025", "2025-03-17", "2025-03-23", "week", "in"],
    ["senast vecka 1 2026", "2025-12-29", "2026-01-04", "week", "by"],
    ["v. 40 2025", "2025-09-29", "2025-10-05", "week", "in"],
    ["tertial 2 2025", "2025-05-01", "2025-08-31", "tertial", "in"],
    ["juni-december 2021", "2021-06-01", "2021-12-31", "month", "in"],
    ["vintern 2023/2024", "2023-12-01", "2024-02-29", "season", "in"],
    ["i slutet av 2025", "2025-10-01", "2025-12-31", "quarter", "in"],
    ["andra halvåret 2025", "2025-07-01", "2025-12-31", "half-year", "in"],
    ["Senast den 30 september 2025.", "2025-09-30", "2025-09-30", "day", "by"],
  ])("%s", (text, start, end, precision, qualifier) => {
    const period = parsed(text);
    expect(period).toMatchObject({ start, end, precision, qualifier, text: text.trim() });
  });

  it("keeps the words exactly as written, apart from surrounding space", () => {
    expect(parsed("  i början   av 2026 ").text).toBe("i början av 2026");
  });
});

describe("parsePeriod: ISO forms", () => {
  it.each([
    ["2025-01-31", "2025-01-31", "2025-01-31", "day", "2025-01-31"],
    ["2025-01", "2025-01-01", "2025-01-31", "month", "2025-01"],
    ["2022-Q4", "2022-10-01", "2022-12-31", "quarter", "2022-Q4"],
    ["2026-H1", "2026-01-01", "2026-06-30", "half-year", "2026-H1"],
    ["2025-T2", "2025-05-01", "2025-08-31", "tertial", "2025-T2"],
    ["2026-W53", "2026-12-28", "2027-01-03", "week", "2026-W53"],
    ["2025", "2025-01-01", "2025-12-31", "year", "2025"],
    ["2024/2025", "2024-01-01", "2025-12-31", "year", "2024/2025"],
    ["2024-02-29", "2024-02-29", "2024-02-29", "day", "2024-02-29"],
  ])("%s", (text, start, end, precision, iso) => {
    expect(parsed(text)).toMatchObject({ start, end, precision, iso });
  });
});

describe("parsePeriod: English forms", () => {
  it.each([
    ["31 May 2024", "2024-05-31"],
    ["May 31, 2024", "2024-05-31"],
    ["by Q4 2022", "2022-12-31"],
    ["end of 2025", "2025-12-31"],
    ["early 2026", "2026-03-31"],
    ["second half of 2025", "2025-12-31"],
    ["before summer 2024", "2024-05-31"],
  ])("%s falls due %s", (text, due) => {
    expect(parsed(text).end).toBe(due);
  });
});

describe("parsePeriod: errors, never guesses", () => {
  it.each([
    ["2024-02-30", "period-impossible"],
    ["2023-02-29", "period-impossible"],
    ["31 april 2025", "period-impossible"],
    ["2025-13", "period-impossible"],
    ["vintern 2024", "period-ambiguous"],
    ["i januari", "period-ambiguous"],
    ["i mitten av 2025", "period-ambiguous"],
    ["snart", "period-unparseable"],
    ["", "period-unparseable"],
    ["tertial 4 2025", "period-unparseable"],
    ["fjärde tertialet 2025", "period-impossible"],
    ["tredje halvåret 2025", "period-impossible"],
    ["vecka 53 2025", "period-impossible"],
    ["vecka 0 2025", "period-impossible"],
    ["läsåret 2025/27", "period-impossible"],
    ["årsskiftet 2025/2027", "period-impossible"],
    ["april-mars 2024", "period-impossible"],
    ["i början av maj", "period-ambiguous"],
    ["i slutet av 2024 och i början av 2023", "period-impossible"],
    ["1066", "period-impossible"],
  ])("%s → %s", (text, code) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message.en.length).toBeGreaterThan(5);
      expect(result.message.sv.length).toBeGreaterThan(5);
      expect(result.message.sv).not.toBe(result.message.en);
    }
  });
});

const validDay = fc
  .record({ year: fc.integer({ min: 1950, max: 2150 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
  );

describe("parsePeriod: properties", () => {
  it("every valid ISO day parses to itself", () => {
    fc.assert(
      fc.property(validDay, ({ year, month, day }) => {
        const iso = isoDay(year, month, day);
        const period = parsed(iso);
        return period.start === iso && period.end === iso && period.precision === "day";
      }),
    );
  });

  it("the Swedish and ISO spellings of a day agree", () => {
    const months = [
      "januari",
      "februari",
      "mars",
      "april",
      "maj",
      "juni",
      "juli",
      "augusti",
      "september",
      "oktober",
      "november",
      "december",
    ];
    fc.assert(
      fc.property(validDay, ({ year, month, day }) => {
        const words = parsed(`den ${day} ${months[month - 1]} ${year}`);
        return words.end === isoDay(year, month, day);
      }),
    );
  });

  it("every period starts on or before it ends, and the words survive", () => {
    const phrases = fc.oneof(
      validDay.map(({ year, month, day }) => isoDay(year, month, day)),
      fc
        .record({ y: fc.integer({ min: 1950, max: 2150 }), q: fc.integer({ min: 1, max: 4 }) })
        .map(({ y, q }) => `${y}-Q${q}`),
      fc
        .record({ y: fc.integer({ min: 1950, max: 2150 }), t: fc.integer({ min: 1, max: 3 }) })
        .map(({ y, t }) => `tertial ${t} ${y}`),
      fc
        .record({
          y: fc.integer({ min: 1950, max: 2150 }),
          s: fc.constantFrom("våren", "sommaren", "hösten"),
        })
        .map(({ y, s }) => `${s} ${y}`),
      fc
        .record({
          y: fc.integer({ min: 1950, max: 2150 }),
          p: fc.constantFrom("senast", "innan", "under", "från"),
        })
        .map(({ y, p }) => `${p} ${y}`),
    );
    fc.assert(
      fc.property(phrases, (text) => {
        const period = parsed(text);
        return period.start <= period.end && period.text === text;
      }),
    );
  });

  it("never throws on arbitrary text: it parses or says why not", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = parsePeriod(text);
        return result.ok
          ? result.period.start <= result.period.end
          : result.message.sv.length > 0 && result.message.en.length > 0;
      }),
      { numRuns: 2000 },
    );
  });

  it("any ISO week, written in words and read back, is the same Monday to Sunday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2098 }), fc.integer({ min: 1, max: 53 }), (y, w) => {
        const result = parsePeriod(`${y}-W${String(w).padStart(2, "0")}`);
        if (!result.ok) return w === 53 && result.code === "period-impossible";
        const { start, end } = result.period;
        const again = parsed(formatPeriod(result.period, "sv"));
        return (
          new Date(`${start}T00:00:00Z`).getUTCDay() === 1 &&
          end === addDays(start, 6) &&
          again.start === start &&
          again.end === end
        );
      }),
    );
  });

  it("formatting a period and reading it back gives the same span", () => {
    fc.assert(
      fc.property(validDay, ({ year, month, day }) => {
        const period = parsed(isoDay(year, month, day));
        const again = parsed(formatPeriod(period, "sv"));
        return again.start === period.start && again.end === period.end;
      }),
    );
  });
});

describe("deadlines fall due at the end of the day in Stockholm", () => {
  it("in winter (UTC+1)", () => {
    expect(new Date(endOfDayInStockholm("2025-01-31")).toISOString()).toBe(
      "2025-01-31T22:59:59.999Z",
    );
  });

  it("in summer (UTC+2)", () => {
    expect(new Date(endOfDayInStockholm("2024-05-31")).toISOString()).toBe(
      "2024-05-31T21:59:59.999Z",
    );
  });

  it("on the day clocks go forward (23-hour day)", () => {
    expect(new Date(endOfDayInStockholm("2024-03-31")).toISOString()).toBe(
      "2024-03-31T21:59:59.999Z",
    );
    expect(new Date(endOfDayInStockholm("2024-03-30")).toISOString()).toBe(
      "2024-03-30T22:59:59.999Z",
    );
  });

  it("on the day clocks go back (25-hour day)", () => {
    expect(new Date(endOfDayInStockholm("2024-10-27")).toISOString()).toBe(
      "2024-10-27T22:59:59.999Z",
    );
    expect(new Date(endOfDayInStockholm("2024-10-26")).toISOString()).toBe(
      "2024-10-26T21:59:59.999Z",
    );
  });

  it("the last millisecond still belongs to the day, the next one does not", () => {
    fc.assert(
      fc.property(validDay, ({ year, month, day }) => {
        const iso = isoDay(year, month, day);
        const end = endOfDayInStockholm(iso);
        return stockholmDay(end) === iso && stockholmDay(end + 1) === addDays(iso, 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parsePeriod: parts of months and joined periods", () => {
  it("reads the 2024 response's training dates", () => {
    expect(parsed("i slutet av februari och i början mars 2024")).toMatchObject({
      start: "2024-02-21",
      end: "2024-03-10",
      precision: "month",
    });
  });

  it("reads the first and last days of a month", () => {
    expect(parsed("i början av maj 2025")).toMatchObject({
      start: "2025-05-01",
      end: "2025-05-10",
    });
    expect(parsed("i slutet av februari 2024")).toMatchObject({
      start: "2024-02-21",
      end: "2024-02-29",
    });
  });
});

describe("parsePeriod remembers what it read", () => {
  it("gives the same frozen result for the same words, and a caller cannot change it", () => {
    const first = parsePeriod("senast fjärde kvartalet 2022");
    const again = parsePeriod("senast fjärde kvartalet 2022");
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    if (!first.ok) throw new Error(first.message.en);
    expect(() => {
      (first.period as { end: string }).end = "2099-01-01";
    }).toThrow(TypeError);
    expect(parsePeriod("senast fjärde kvartalet 2022").ok && first.period.end).toBe("2022-12-31");
  });
});
