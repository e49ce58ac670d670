import { isoWeekOf, parseIsoDay } from "./calendar.ts";
import type { Period } from "./period.ts";
import { englishMonths, swedishMonths } from "./words.ts";

export type Lang = "sv" | "en";

function day(iso: string, lang: Lang): string {
  const { year, month, day: d } = parseIsoDay(iso);
  const months = lang === "sv" ? swedishMonths : englishMonths;
  return `${d} ${months[month - 1]} ${year}`;
}

function month(iso: string, lang: Lang): string {
  const { year, month: m } = parseIsoDay(iso);
  return `${(lang === "sv" ? swedishMonths : englishMonths)[m - 1]} ${year}`;
}

function season(period: Period, lang: Lang): string {
  const { year, month: m } = parseIsoDay(period.start);
  const names =
    lang === "sv"
      ? {
          1: "vårterminen",
          3: "våren",
          6: "sommaren",
          8: "höstterminen",
          9: "hösten",
          12: "vintern",
        }
      : { 1: "spring term", 3: "spring", 6: "summer", 8: "autumn term", 9: "autumn", 12: "winter" };
  const name = names[m as keyof typeof names] ?? "";
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
      return `${lang === "sv" ? "vecka" : "week"} ${week} ${weekYear}`;
    }
    case "month":
      if (start.slice(0, 7) === end.slice(0, 7)) return month(start, lang);
      return sameYear
        ? `${month(start, lang).split(" ")[0]}–${month(end, lang)}`
        : `${month(start, lang)}–${month(end, lang)}`;
    case "quarter":
    case "tertial":
    case "half-year": {
      const unit = {
        quarter: ["kvartal ", "Q"],
        tertial: ["tertial ", "T"],
        "half-year": ["halvår ", "H"],
      }[period.precision];
      const size = { quarter: 3, tertial: 4, "half-year": 6 }[period.precision];
      const n = Math.ceil(parseIsoDay(start).month / size);
      const label = lang === "sv" ? `${unit[0]}${n} ${y}` : `${unit[1]}${n} ${y}`;
      return label;
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
      return `${lang === "sv" ? "senast" : "by"} ${span(period, lang)}`;
    case "before":
      return `${lang === "sv" ? "senast" : "by"} ${day(period.end, lang)}`;
    case "from":
      return `${lang === "sv" ? "från" : "from"} ${day(period.end, lang)}`;
  }
}

/** The due day in words: "31 maj 2024". */
export function formatDay(iso: string, lang: Lang): string {
  return day(iso, lang);
}
