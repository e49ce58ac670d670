import type { Lang } from "@sparbar/core";
import { en } from "./en.ts";
import { type Strings, sv } from "./sv.ts";

export type { Lang, Strings };
export const languages: Lang[] = ["sv", "en"];

export function strings(lang: Lang): Strings {
  return lang === "sv" ? sv : en;
}
