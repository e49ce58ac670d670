import { isoWeekOf, parseIsoDay } from "./calendar.ts";
import type { Period } from "./period.ts";
import { englishMonths, swedishMonths } from "./words.ts";

export type Lang = "sv" | "en";

/** The words periods are written with, per language. */
const words = {
  sv: {
    months: swedishMonths,
    seasons: {
      1: "vårterminen",
      3: "våren",
      6: "sommaren",
      8: "höstterminen",
      9: "hösten",
      12: "vintern",
    },
    week: "vecka",
    units: { quarter: "kvartal ", tertial: "tertial ", "half-year": "halvår " },
    by: "senast",
    from: "från",
  },
  en: {
    months: englishMonths,
    seasons: {
      1: "spring term",
      3: "spring",
      6: "summer",
      8: "autumn term",
      9: "autumn",
      12: "winter",
    },
    week: "week",
    units: { quarter: "Q", tertial: "T", "half-year": "H" },
    by: "by",
    from: "from",
  },
} as const;

function day(iso: string, lang: Lang): string {
  const { year, month, day: d } = parseIsoDay(iso);
  return `${d} ${words[lang].months[month - 1]} ${year}`;
}

function month(iso: string, lang: Lang): string {
  const { year, month: m } = parseIsoDay(iso);
  return `${words[lang].months[m - 1]} ${year}`;
}

function season(period: Period, lang: Lang): string {
  const { year, month: m } = parseIsoDay(period.start);
  const name = words[lang].seasons[m as keyof (typeof words)["sv"]["seasons"]] ?? "";
  return m === 12 ? `${name} ${year}/${year + 1}` : `${name} ${year}`;
}

/** The span itself, in canonical words, without the qualifier. */
function span(period: Period, lang: Lang): string {
  const { start, end } = period;
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const y = start.slice(0, 4);
  switch (period.precision) {
    case "day":
      return start === end ? day(start, lang) : `${day(start, lang)}–${day(end, lang)}`;
    case "week": {
      const { year: weekYear, week } = isoWeekOf(start);
      return `${words[lang].week} ${week} ${weekYear}`;
    }
    case "month":
      if (start.slice(0, 7) === end.slice(0, 7)) return month(start, lang);
      return sameYear
        ? `${month(start, lang).split(" ")[0]}–${month(end, lang)}`
        : `${month(start, lang)}–${month(end, lang)}`;
    case "quarter":
    case "tertial":
    case "half-year": {
      const size = { quarter: 3, tertial: 4, "half-year": 6 }[period.precision];
      const n = Math.ceil(parseIsoDay(start).month / size);
      return `${words[lang].units[period.precision]}${n} ${y}`;
    }
    case "season":
      return season(period, lang);
    case "year":
      return sameYear ? y : `${y}–${end.slice(0, 4)}`;
  }
}

/** A period in canonical words (Swedish or English), e.g. for showing a Swedish phrase in English. */
export function formatPeriod(period: Period, lang: Lang): string {
  switch (period.qualifier) {
    case "in":
      return span(period, lang);
    case "by":
      return `${words[lang].by} ${span(period, lang)}`;
    case "before":
      return `${words[lang].by} ${day(period.end, lang)}`;
    case "from":
      return `${words[lang].from} ${day(period.end, lang)}`;
  }
}

/** The due day in words: "31 maj 2024". */
export function formatDay(iso: string, lang: Lang): string {
  return day(iso, lang);
}
