import type { Lang } from "@sparbar/core";
import { en, type Messages } from "./en.ts";
import { sv } from "./sv.ts";

export type { Messages };

export function messages(lang: Lang): Messages {
  return lang === "sv" ? sv : en;
}

/** The language a `--lang` value names, or nothing when it names none Spårbar speaks. */
export function readLang(value: string | undefined): Lang | undefined {
  return value === "sv" || value === "en" ? value : undefined;
}

/** Swedish when the locale says so (LC_ALL, LC_MESSAGES, LANG), else English. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^sv/i.test(locale) ? "sv" : "en";
}
