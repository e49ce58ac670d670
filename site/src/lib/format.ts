import {
  type AuditorState,
  type BodyState,
  stateLabel as coreStateLabel,
  formatDay,
  type Lang,
  labelOf,
  type Period,
} from "@sparbar/core";
import { periodIn, type Text, textIn } from "@sparbar/core/view";

/** A period as the document wrote it; in English, the canonical English words. */
export function periodText(period: Period, lang: Lang): string {
  return periodIn(period, lang);
}

/** A calendar day in words: "31 maj 2024". */
export function dayText(day: string, lang: Lang): string {
  return formatDay(day, lang);
}

export function label(code: string, lang: Lang): string {
  return labelOf(code, lang);
}

export function stateLabel(state: BodyState | AuditorState, lang: Lang): string {
  return coreStateLabel(state, lang);
}

/**
 * Words from a source in the page's language where the source has them; `lang` is set only when
 * they are in the other language, so that an English page marks a Swedish name as Swedish.
 */
export function words(text: Text, page: Lang): { text: string; lang?: Lang } {
  const found = textIn(text, page);
  return found.lang === page ? { text: found.text } : found;
}
