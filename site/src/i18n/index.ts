import type { Lang } from "@sparbar/core";
import { en } from "./en.ts";
import { type Strings, sv } from "./sv.ts";

export type { Lang, Strings };

const byLanguage: Record<Lang, Strings> = { sv, en };

/** The language a page's language link leads to. */
export const otherLanguage: Record<Lang, Lang> = { sv: "en", en: "sv" };

export function strings(lang: Lang): Strings {
  return byLanguage[lang];
}
