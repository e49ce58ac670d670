import { labelOf, stateLabels } from "@sparbar/core";
import { formatDay, formatPeriod, type Lang, type Period } from "@sparbar/core/periods";

/** A period as the document wrote it; in English, the canonical English words. */
export function periodText(period: Period, lang: Lang): string {
  return lang === "sv" ? period.text : formatPeriod(period, "en");
}

/** A calendar day in words: "31 maj 2024". */
export function dayText(day: string, lang: Lang): string {
  return formatDay(day, lang);
}

export function label(code: string, lang: Lang): string {
  return labelOf(code, lang);
}

export function stateLabel(state: keyof typeof stateLabels, lang: Lang): string {
  return stateLabels[state][lang];
}

/** The title in the page's language where the document gives one. */
export function titleIn(record: { title: string; titleEn?: string }, lang: Lang): string {
  return lang === "en" && record.titleEn ? record.titleEn : record.title;
}
