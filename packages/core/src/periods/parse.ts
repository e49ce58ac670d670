import type { Bilingual } from "../bilingual.ts";
import { describeCharacter, foreignCharacters, lookAlike } from "../vocabulary/look-alikes.ts";
import {
  addDays,
  daysInMonth,
  type IsoDay,
  isoDay,
  isoWeekStart,
  isValidDay,
  lastDayOfMonth,
} from "./calendar.ts";
import { type Period, type Precision, precisions, type Qualifier } from "./period.ts";
import { suggestPeriod } from "./suggest.ts";
import { monthNames, ordinals, qualifierWords, seasons } from "./words.ts";

type PeriodErrorCode = "period-unparseable" | "period-impossible" | "period-ambiguous";
export type PeriodResult =
  | { ok: true; period: Period }
  | {
      ok: false;
      code: PeriodErrorCode;
      message: Bilingual;
      /** A documented form the writer probably meant, when one is near: never read for them. */
      suggestion?: string;
    };

interface Span {
  start: IsoDay;
  end: IsoDay;
  precision: Precision;
  iso?: string;
}

class PeriodError extends Error {
  readonly code: PeriodErrorCode;
  readonly words: Bilingual;
  readonly suggestion: string | undefined;

  constructor(code: PeriodErrorCode, words: Bilingual, suggestion?: string) {
    super(words.en);
    this.code = code;
    this.words = words;
    this.suggestion = suggestion;
  }
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const qualifierRank: Record<Qualifier, number> = { in: 0, by: 1, before: 2, from: 2 };

/** Phrases already read: a corpus repeats the same few hundred dates thousands of times. */
const remembered = new Map<string, PeriodResult>();
const REMEMBER_AT_MOST = 10_000;

/**
 * Reads a date or period as written in Swedish municipal documents or in ISO form.
 * Never guesses: a phrase it does not know is an error that says so. The result is frozen, as
 * the same object is handed to every caller that reads the same words.
 */
export function parsePeriod(input: string): PeriodResult {
  const known = remembered.get(input);
  if (known) return known;
  let result = readPhrase(input);
  if (!result.ok && result.suggestion === undefined && result.code === "period-unparseable") {
    const suggestion = suggestPeriod(input, (candidate) => readPhrase(candidate).ok);
    if (suggestion) result = { ...result, suggestion };
  }
  Object.freeze(result.ok ? result.period : result.message);
  Object.freeze(result);
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
  remembered.set(input, result);
  return result;
}

function readPhrase(input: string): PeriodResult {
  const text = input.normalize("NFC").trim().replace(/\s+/g, " ");
  if (text === "")
    return fail("period-unparseable", { sv: "Datumet är tomt", en: "The date is empty" });
  // Invisible characters and letters from other alphabets: named, never read past.
  const strange = foreignCharacters(text).filter(
    (c) => !/\s/.test(c) && /^[A-Za-z0-9]?$/.test(lookAlike(c)?.ascii ?? "-"),
  );
  if (strange.length > 0) {
    const named = strange.map(describeCharacter).join(", ");
    return fail("period-unparseable", {
      sv: `"${text}" innehåller ${named}, som bara liknar en bokstav, siffra eller ett mellanslag`,
      en: `"${text}" contains ${named}, which only looks like a letter, digit or space`,
    });
  }
  if (text.length > 120)
    return fail("period-unparseable", {
      sv: `"${text.slice(0, 40)}…" är för långt för att vara ett datum`,
      en: `"${text.slice(0, 40)}…" is too long to be a date`,
    });
  const joined = parseJoined(text);
  if (joined) return joined;
  let s = text
    .toLowerCase()
    .replace(/[.;,]+$/, "")
    .replace(/\s*\p{Pd}\s*/gu, "-")
    .replace(/−/g, "-")
    // "klart till årsskiftet 2025/2026": done by the time the year turns, so due on its last day,
    // as "före årsskiftet"; "vid årsskiftet" stays the turn itself, the first day of the next.
    .replace(/^((?:senast )?)till (?=årsskiftet )/, "$1före ");
  let qualifier: Qualifier = "in";
  let part: "early" | "late" | null = null;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [word, q] of qualifierWords) {
      if (s.startsWith(`${word} `)) {
        s = s.slice(word.length + 1);
        if (q && qualifierRank[q] > qualifierRank[qualifier]) qualifier = q;
        changed = true;
        break;
      }
    }
    const partMatch =
      /^(?:i )?(början|slutet|mitten|end|early|late|beginning|middle|mid)(?: av| of)? /.exec(s);
    if (partMatch) {
      const word = partMatch[1] ?? "";
      if (word.startsWith("mitt") || word.startsWith("mid")) {
        return fail("period-ambiguous", {
          sv: `"${text}": mitten av en period är ingen tidpunkt`,
          en: `"${text}": the middle of a period is not a deadline`,
        });
      }
      part = word === "början" || word === "early" || word === "beginning" ? "early" : "late";
      s = s.slice(partMatch[0].length);
      changed = true;
    }
  }
  try {
    // "innan sommaren 2024": before the summer break, which Swedish public bodies take from
    // midsummer, so due at the end of June (the season itself runs June to August).
    const beforeSummer = qualifier === "before" && !part ? /^sommaren (\d{4})$/.exec(s) : null;
    if (beforeSummer) {
      const y = year(beforeSummer[1] ?? "", text);
      return {
        ok: true,
        period: {
          text,
          start: isoDay(y, 1, 1),
          end: lastDayOfMonth(y, 6),
          precision: "season",
          qualifier: "before",
        },
      };
    }
    let span = parseSpan(s, text);
    if (part) span = narrowToPart(span, part, text);
    return { ok: true, period: applyQualifier(text, span, qualifier) };
  } catch (error) {
    if (error instanceof PeriodError) return fail(error.code, error.words, error.suggestion);
    throw error;
  }
}

function endsBeforeStart(text: string): Bilingual {
  return {
    sv: `"${text}": perioden slutar innan den börjar`,
    en: `"${text}": the period ends before it starts`,
  };
}

function fail(code: PeriodErrorCode, message: Bilingual, suggestion?: string): PeriodResult {
  return suggestion === undefined
    ? { ok: false, code, message }
    : { ok: false, code, message, suggestion };
}

function applyQualifier(text: string, span: Span, qualifier: Qualifier): Period {
  const period: Period = {
    text,
    start: span.start,
    end: span.end,
    precision: span.precision,
    qualifier,
  };
  if (span.iso) period.iso = span.iso;
  if (qualifier === "before") {
    period.end = addDays(span.start, -1);
    period.start = `${period.end.slice(0, 4)}-01-01`;
  } else if (qualifier === "from") {
    period.end = span.start;
  }
  return period;
}

/**
 * "i början av 2026" is the first quarter and "i slutet av 2025" the last; "i början av mars"
 * is the first ten days of March and "i slutet av februari" the days from the 21st.
 */
function narrowToPart(span: Span, part: "early" | "late", text: string): Span {
  if (span.precision === "month" && span.start.slice(0, 7) === span.end.slice(0, 7)) {
    const month = span.start.slice(0, 8);
    return part === "early"
      ? { start: span.start, end: `${month}10`, precision: "month" }
      : { start: `${month}21`, end: span.end, precision: "month" };
  }
  if (span.precision !== "year" || span.start.slice(0, 4) !== span.end.slice(0, 4)) {
    throw new PeriodError("period-ambiguous", {
      sv: `"${text}": säg vilken dag eller månad som avses`,
      en: `"${text}": say which day or month is meant`,
    });
  }
  const year = Number(span.start.slice(0, 4));
  return part === "early"
    ? {
        start: isoDay(year, 1, 1),
        end: lastDayOfMonth(year, 3),
        precision: "quarter",
        iso: `${year}-Q1`,
      }
    : {
        start: isoDay(year, 10, 1),
        end: lastDayOfMonth(year, 12),
        precision: "quarter",
        iso: `${year}-Q4`,
      };
}

function year(value: string, text: string): number {
  const y = Number(value);
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) {
    throw new PeriodError("period-impossible", {
      sv: `"${text}": året ${value} ligger utanför ${MIN_YEAR}–${MAX_YEAR}`,
      en: `"${text}": the year ${value} is out of range (${MIN_YEAR}–${MAX_YEAR})`,
    });
  }
  return y;
}

function monthNumber(word: string): number | undefined {
  return monthNames[word.replace(/\.$/, "")];
}

function daySpan(y: number, m: number, d: number, text: string): Span {
  if (!isValidDay(y, m, d)) {
    const written = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    throw new PeriodError("period-impossible", {
      sv: `"${text}": ${written} finns inte${m >= 1 && m <= 12 ? ` (den månaden har ${daysInMonth(y, m)} dagar)` : ""}`,
      en: `"${text}": ${written} does not exist${m >= 1 && m <= 12 ? ` (that month has ${daysInMonth(y, m)} days)` : ""}`,
    });
  }
  const day = isoDay(y, m, d);
  return { start: day, end: day, precision: "day", iso: day };
}

function monthSpan(y: number, m: number): Span {
  return {
    start: isoDay(y, m, 1),
    end: lastDayOfMonth(y, m),
    precision: "month",
    iso: `${y}-${String(m).padStart(2, "0")}`,
  };
}

function quarterSpan(y: number, q: number): Span {
  return {
    start: isoDay(y, q * 3 - 2, 1),
    end: lastDayOfMonth(y, q * 3),
    precision: "quarter",
    iso: `${y}-Q${q}`,
  };
}

function tertialSpan(y: number, t: number): Span {
  return {
    start: isoDay(y, t * 4 - 3, 1),
    end: lastDayOfMonth(y, t * 4),
    precision: "tertial",
    iso: `${y}-T${t}`,
  };
}

function halfSpan(y: number, h: number): Span {
  return {
    start: isoDay(y, h * 6 - 5, 1),
    end: lastDayOfMonth(y, h * 6),
    precision: "half-year",
    iso: `${y}-H${h}`,
  };
}

/** ISO week `week` of `year`, Monday to Sunday: Swedish documents number weeks this way. */
function weekSpan(y: number, week: number, text: string): Span {
  const start = isoWeekStart(y, week);
  if (!start) {
    throw new PeriodError("period-impossible", {
      sv: `"${text}": ${y} har ingen vecka ${week}`,
      en: `"${text}": ${y} has no week ${week}`,
    });
  }
  return {
    start,
    end: addDays(start, 6),
    precision: "week",
    iso: `${y}-W${String(week).padStart(2, "0")}`,
  };
}

/** "2025/26" or "2025/2026": two years that must follow each other. */
function twoYears(firstText: string, secondText: string, text: string): [number, number] {
  const first = year(firstText, text);
  // "2099/00": two digits are the next year's last two.
  const second =
    secondText.length === 2
      ? (first + 1) % 100 === Number(secondText)
        ? first + 1
        : Number.NaN
      : year(secondText, text);
  if (second !== first + 1) {
    throw new PeriodError("period-impossible", {
      sv: `"${text}": åren ska följa på varandra, som 2025/26`,
      en: `"${text}": the years must follow each other, as in 2025/26`,
    });
  }
  return [first, second];
}

function yearSpan(y: number): Span {
  return { start: isoDay(y, 1, 1), end: isoDay(y, 12, 31), precision: "year", iso: String(y) };
}

function seasonSpan(word: string, years: [number, number | undefined], text: string): Span {
  const season = seasons[word];
  if (!season) {
    throw new PeriodError("period-unparseable", {
      sv: `"${text}" är ingen årstid`,
      en: `"${text}" is not a season`,
    });
  }
  const [first, second] = years;
  if (season.name === "winter") {
    if (second === undefined) {
      throw new PeriodError("period-ambiguous", {
        sv: `"${text}": vintern sträcker sig över två år; skriv t.ex. "vintern ${first - 1}/${first}"`,
        en: `"${text}": winter spans two years; write e.g. "vintern ${first - 1}/${first}"`,
      });
    }
    if (second !== first + 1) {
      throw new PeriodError("period-impossible", {
        sv: `"${text}": vintern löper från ett år in i nästa`,
        en: `"${text}": winter runs from one year into the next`,
      });
    }
    return { start: isoDay(first, 12, 1), end: lastDayOfMonth(second, 2), precision: "season" };
  }
  if (second !== undefined) {
    throw new PeriodError("period-unparseable", {
      sv: `"${text}": bara vintern anges med två år`,
      en: `"${text}": only winter names two years`,
    });
  }
  return {
    start: isoDay(first, season.from[0], season.from[1]),
    end: isoDay(first, season.to[0], season.to[1]),
    precision: "season",
  };
}

const ordinalPattern = Object.keys(ordinals)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");

/** Each pattern builds a span, or returns undefined when the words only look alike. */
const patterns: [RegExp, (m: RegExpExecArray, text: string) => Span | undefined][] = [
  [
    /^(\d{4})-(\d{2})-(\d{2})$/,
    (m, t) => daySpan(year(m[1] ?? "", t), Number(m[2]), Number(m[3]), t),
  ],
  [
    // "2025-6-30": ISO days are written with two-digit months and days; never guessed.
    /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
    (m, t) => {
      const padded = `${m[1]}-${(m[2] ?? "").padStart(2, "0")}-${(m[3] ?? "").padStart(2, "0")}`;
      throw new PeriodError(
        "period-unparseable",
        {
          sv: `"${t}": ett ISO-datum skrivs med två siffror för månad och dag`,
          en: `"${t}": an ISO date has two digits for the month and the day`,
        },
        padded,
      );
    },
  ],
  [
    /^(\d{4})-(\d{2})$/,
    (m, t) => {
      const month = Number(m[2]);
      if (month < 1 || month > 12)
        throw new PeriodError("period-impossible", {
          sv: `"${t}": det finns ingen månad ${m[2]}`,
          en: `"${t}": there is no month ${m[2]}`,
        });
      return monthSpan(year(m[1] ?? "", t), month);
    },
  ],
  [/^(\d{4})-?q([1-4])$/, (m, t) => quarterSpan(year(m[1] ?? "", t), Number(m[2]))],
  // "Q1 2026" and "Q1-2026" are the first quarter of 2026, never a range to the end of 2026.
  [/^q([1-4])[ -](\d{4})$/, (m, t) => quarterSpan(year(m[2] ?? "", t), Number(m[1]))],
  [/^(\d{4})-?t([1-3])$/, (m, t) => tertialSpan(year(m[1] ?? "", t), Number(m[2]))],
  [/^t([1-3])[ -](\d{4})$/, (m, t) => tertialSpan(year(m[2] ?? "", t), Number(m[1]))],
  [/^(\d{4})-?h([12])$/, (m, t) => halfSpan(year(m[1] ?? "", t), Number(m[2]))],
  [/^h([12])[ -](\d{4})$/, (m, t) => halfSpan(year(m[2] ?? "", t), Number(m[1]))],
  [/^(\d{4})-?w(\d{1,2})$/, (m, t) => weekSpan(year(m[1] ?? "", t), Number(m[2]), t)],
  [
    /^(?:vecka|v\.?|week) ?(\d{1,2}),? (\d{4})$/,
    (m, t) => weekSpan(year(m[2] ?? "", t), Number(m[1]), t),
  ],
  [/^(\d{4})$/, (m, t) => yearSpan(year(m[1] ?? "", t))],
  [
    /^(\d{1,2})(?::e|:a)? ([a-zåäö]+\.?) (\d{4})$/,
    (m, t) => {
      const month = monthNumber(m[2] ?? "");
      // "1 kvartalet 2026", "2 halvåret 2025": an ordinal, read by the patterns below.
      if (!month && /^(kvartalet|tertialet|halvåret)$/.test(m[2] ?? "")) return undefined;
      if (!month) {
        throw new PeriodError("period-unparseable", {
          sv: `"${t}": "${m[2]}" är ingen månad`,
          en: `"${t}": "${m[2]}" is not a month`,
        });
      }
      return daySpan(year(m[3] ?? "", t), month, Number(m[1]), t);
    },
  ],
  [
    /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/,
    (m, t) => {
      const month = monthNumber(m[1] ?? "");
      if (!month) return undefined;
      return daySpan(year(m[3] ?? "", t), month, Number(m[2]), t);
    },
  ],
  [
    new RegExp(`^(${ordinalPattern}) kvartalet (\\d{4})$`),
    (m, t) => quarterSpan(year(m[2] ?? "", t), ordinals[m[1] ?? ""] ?? 0),
  ],
  [/^kvartal ([1-4]) (\d{4})$/, (m, t) => quarterSpan(year(m[2] ?? "", t), Number(m[1]))],
  [
    new RegExp(`^(?:the )?(${ordinalPattern}) quarter(?: of)? (\\d{4})$`),
    (m, t) => quarterSpan(year(m[2] ?? "", t), ordinals[m[1] ?? ""] ?? 0),
  ],
  [
    new RegExp(`^(${ordinalPattern}) tertialet (\\d{4})$`),
    (m, t) => {
      const n = ordinals[m[1] ?? ""] ?? 0;
      if (n > 3) {
        throw new PeriodError("period-impossible", {
          sv: `"${t}": ett år har tre tertial`,
          en: `"${t}": a year has three tertials`,
        });
      }
      return tertialSpan(year(m[2] ?? "", t), n);
    },
  ],
  [/^tertial ([1-3]) (\d{4})$/, (m, t) => tertialSpan(year(m[2] ?? "", t), Number(m[1]))],
  [
    new RegExp(`^(${ordinalPattern}) halvåret (\\d{4})$`),
    (m, t) => {
      const n = ordinals[m[1] ?? ""] ?? 0;
      if (n > 2) {
        throw new PeriodError("period-impossible", {
          sv: `"${t}": ett år har två halvår`,
          en: `"${t}": a year has two halves`,
        });
      }
      return halfSpan(year(m[2] ?? "", t), n);
    },
  ],
  // "inom ramen för internkontroll 2024", "… internkontrollplan 2025", "… verksamhetsplanen 2025":
  // work done under a year's plan is dated by that year.
  [
    /^inom ramen för (?:intern ?kontroll(?:en|plan|planen)?|verksamhetsplan(?:en)?|årsplan(?:en)?|budget(?:en)?|mål och budget) (\d{4})$/,
    (m, t) => yearSpan(year(m[1] ?? "", t)),
  ],
  // "verksamhetsåret 2025", "budgetåret 2026": a calendar year by another name.
  [
    /^(?:verksamhets|budget|räkenskaps|kalender)året (\d{4})$/,
    (m, t) => yearSpan(year(m[1] ?? "", t)),
  ],
  // "läsåret 2025/26": from August to the end of June.
  [
    /^läsåret (\d{4})[/-](\d{2}|\d{4})$/,
    (m, t) => {
      const [first, second] = twoYears(m[1] ?? "", m[2] ?? "", t);
      return { start: isoDay(first, 8, 1), end: lastDayOfMonth(second, 6), precision: "year" };
    },
  ],
  // "vid årsskiftet 2025/2026" is the turn of the year: the first day of the second year, so that
  // "innan årsskiftet" falls due on the last day of the first.
  [
    /^årsskiftet (\d{4})[/-](\d{2}|\d{4})$/,
    (m, t) => {
      const [, second] = twoYears(m[1] ?? "", m[2] ?? "", t);
      return daySpan(second, 1, 1, t);
    },
  ],
  [/^halvår ([12]) (\d{4})$/, (m, t) => halfSpan(year(m[2] ?? "", t), Number(m[1]))],
  [
    /^(?:the )?(first|second) half(?: of)? (\d{4})$/,
    (m, t) => halfSpan(year(m[2] ?? "", t), m[1] === "first" ? 1 : 2),
  ],
  [
    /^([a-zåäö]+) (\d{4})(?:[/-](\d{4}))?$/,
    (m, t) => {
      const word = m[1] ?? "";
      const month = monthNumber(word);
      if (month && m[3] === undefined) return monthSpan(year(m[2] ?? "", t), month);
      if (seasons[word]) {
        return seasonSpan(
          word,
          [year(m[2] ?? "", t), m[3] === undefined ? undefined : year(m[3], t)],
          t,
        );
      }
      throw new PeriodError("period-unparseable", {
        sv: `"${t}": "${word}" är varken en månad eller en årstid`,
        en: `"${t}": "${word}" is not a month or season`,
      });
    },
  ],
  [/^(\d{4})\/(\d{4})$/, (m, t) => yearRange(year(m[1] ?? "", t), year(m[2] ?? "", t), t)],
];

/** "i slutet av februari och i början av mars 2024": two periods joined, the first may borrow the year. */
function parseJoined(text: string): PeriodResult | undefined {
  // "från och med", "till och med" are one word each, not two periods joined.
  const parts = text.split(/(?<!\b(?:från|till))\s+(?:och|and)\s+(?!med\b)/i);
  if (parts.length !== 2) return undefined;
  const [leftText = "", rightText = ""] = parts;
  const year = /(\d{4})$/.exec(rightText)?.[1];
  if (!year) return undefined;
  const left = parsePeriod(/\d{4}/.test(leftText) ? leftText : `${leftText} ${year}`);
  const right = parsePeriod(rightText);
  if (!left.ok) return left;
  if (!right.ok) return right;
  if (left.period.start > right.period.end) return fail("period-impossible", endsBeforeStart(text));
  const order = precisions;
  const precision =
    order[Math.max(order.indexOf(left.period.precision), order.indexOf(right.period.precision))] ??
    "year";
  return {
    ok: true,
    period: { text, start: left.period.start, end: right.period.end, precision, qualifier: "in" },
  };
}

function yearRange(from: number, to: number, text: string): Span {
  if (to < from) throw new PeriodError("period-impossible", endsBeforeStart(text));
  return {
    start: isoDay(from, 1, 1),
    end: isoDay(to, 12, 31),
    precision: "year",
    iso: `${from}/${to}`,
  };
}

function matchPatterns(s: string, text: string): Span | undefined {
  for (const [pattern, build] of patterns) {
    const m = pattern.exec(s);
    const span = m ? build(m, text) : undefined;
    if (span) return span;
  }
  return undefined;
}

function parseSpan(s: string, text: string): Span {
  const span = matchPatterns(s, text);
  if (span) return span;
  const range = parseRange(s, text);
  if (range) return range;
  if (/^[a-zåäö]+$/.test(s) && (monthNumber(s) || seasons[s])) {
    throw new PeriodError("period-ambiguous", {
      sv: `"${text}": säg vilket år som avses`,
      en: `"${text}": say which year`,
    });
  }
  throw new PeriodError("period-unparseable", {
    sv: `"${text}" är inget datum eller period som Spårbar kan läsa`,
    en: `"${text}" is not a date or period Spårbar can read`,
  });
}

/** "mars-april 2024", "2024-2025", "1 mars-30 april 2024": the left side may borrow the year. */
function parseRange(s: string, text: string): Span | undefined {
  const dash = s.indexOf("-");
  if (dash <= 0) return undefined;
  const leftText = s.slice(0, dash);
  const rightText = s.slice(dash + 1);
  const rightYear = /(\d{4})$/.exec(rightText)?.[1];
  if (!rightYear || rightText.includes("-")) return undefined;
  const leftHasYear = /\d{4}$/.test(leftText);
  if (!leftHasYear && rightText === rightYear && trySpan(`${leftText} ${rightYear}`, text)) {
    // "mars-2026", "vecka 12-2025": the dash joins a period to its year, or starts a range whose
    // end is missing. Spårbar does not choose; "Q1-2026" is read above as the first quarter.
    throw new PeriodError(
      "period-unparseable",
      {
        sv: `"${text}": ett bindestreck mellan en period och ett år kan läsas på två sätt; skriv perioden och året med mellanslag, eller hela intervallet`,
        en: `"${text}": a dash between a period and a year can be read two ways; write the period and the year with a space, or the whole range`,
      },
      `${leftText} ${rightYear}`,
    );
  }
  const withYear = leftHasYear ? leftText : `${leftText} ${rightYear}`;
  const left = trySpan(withYear, text);
  const right = trySpan(rightText, text);
  if (!left || !right) return undefined;
  if (left.start > right.end) {
    throw new PeriodError("period-impossible", endsBeforeStart(text));
  }
  const order = precisions;
  const precision =
    order[Math.max(order.indexOf(left.precision), order.indexOf(right.precision))] ?? "year";
  const span: Span = { start: left.start, end: right.end, precision };
  if (left.iso && right.iso) span.iso = `${left.iso}/${right.iso}`;
  return span;
}

/** One side of a range, or nothing when it is not a period on its own. */
function trySpan(s: string, text: string): Span | undefined {
  try {
    return matchPatterns(s, text) ?? undefined;
  } catch (error) {
    if (error instanceof PeriodError) return undefined;
    throw error;
  }
}
